import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache';

describe('TtlCache', () => {
  it('asks once per key within the interval, and again after it', async () => {
    let clock = 0;
    const asked: string[] = [];
    const cache = new TtlCache(async (key: string) => (asked.push(key), key === 'good' ? 'project-1' : undefined), {
      ttlMs: 1000,
      digestKeys: true,
      now: () => clock,
    });
    expect(await cache.get('good')).toBe('project-1');
    expect(await cache.get('good')).toBe('project-1');
    expect(await cache.get('bad')).toBeUndefined();
    expect(await cache.get('bad')).toBeUndefined();
    expect(asked).toEqual(['good', 'bad']);
    clock = 1001;
    expect(await cache.get('good')).toBe('project-1');
    expect(asked).toEqual(['good', 'bad', 'good']);
  });

  it('forgets the oldest key when full, and a key on request', async () => {
    const asked: string[] = [];
    const cache = new TtlCache(async (key: string) => (asked.push(key), key), { ttlMs: 60_000, maxEntries: 2 });
    await cache.get('a');
    await cache.get('b');
    await cache.get('c');
    await cache.get('b');
    await cache.get('a');
    cache.forget('b');
    await cache.get('b');
    expect(asked).toEqual(['a', 'b', 'c', 'a', 'b']);
  });
});
