import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_SECONDS, retryAfterForBacklog } from './retry-after';

describe('retryAfterForBacklog', () => {
  it('grows with the backlog and never exceeds what an exporter will wait', () => {
    expect(retryAfterForBacklog(0, () => 0)).toBe(1);
    expect(retryAfterForBacklog(2, () => 0)).toBe(2);
    expect(retryAfterForBacklog(500, () => 0)).toBe(3);
    expect(retryAfterForBacklog(500, () => 0.999)).toBe(MAX_RETRY_AFTER_SECONDS);
  });

  it('spreads clients rejected together over several seconds', () => {
    let i = 0;
    const draws = [0, 0.3, 0.6, 0.9];
    const hints = new Set(draws.map(() => retryAfterForBacklog(10, () => draws[i++ % draws.length]!)));
    expect(hints.size).toBeGreaterThan(2);
  });
});
