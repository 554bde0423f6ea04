import { describe, expect, it } from 'vitest';
import { KeyCache } from './key-cache';

describe('KeyCache', () => {
  it('asks once per key within the interval, and again after it', async () => {
    let clock = 0;
    const asked: string[] = [];
    const cache = new KeyCache(async (key: string) => (asked.push(key), key === 'good' ? 'project-1' : undefined), 1000, 10, () => clock);
    expect(await cache.get('good')).toBe('project-1');
    expect(await cache.get('good')).toBe('project-1');
    expect(await cache.get('bad')).toBeUndefined();
    expect(await cache.get('bad')).toBeUndefined();
    expect(asked).toEqual(['good', 'bad']);
    clock = 1001;
    expect(await cache.get('good')).toBe('project-1');
    expect(asked).toEqual(['good', 'bad', 'good']);
  });

  it('forgets the oldest key when full', async () => {
    const asked: string[] = [];
    const cache = new KeyCache(async (key: string) => (asked.push(key), key), 60_000, 2);
    await cache.get('a');
    await cache.get('b');
    await cache.get('c');
    await cache.get('b');
    await cache.get('a');
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
