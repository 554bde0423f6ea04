import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './token-buckets';

describe('TokenBuckets', () => {
  it('allows the burst, then refuses with the seconds until enough tokens are back', () => {
    let t = 0;
    const buckets = new TokenBuckets(10, 2, () => t);
    expect(buckets.take('k', 20).allowed).toBe(true);
    const refused = buckets.take('k', 5);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 1 });
    t = 500;
    expect(buckets.take('k', 5).allowed).toBe(true);
  });

  it('keeps keys apart and honours a key’s own rate', () => {
    const t = 0;
    const buckets = new TokenBuckets(10, 1, () => t);
    expect(buckets.take('a', 10).allowed).toBe(true);
    expect(buckets.take('b', 10).allowed).toBe(true);
    // The key's own rate (2/s, burst 2) applies, not the default 10/s.
    expect(buckets.take('c', 2, 2).allowed).toBe(true);
    expect(buckets.take('c', 1, 2)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('does not limit at rate 0', () => {
    const buckets = new TokenBuckets(0, 2);
    for (let i = 0; i < 100; i++) expect(buckets.take('k', 1_000_000).allowed).toBe(true);
  });
});
