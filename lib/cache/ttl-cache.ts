// Remembers what a key resolved to for a while, so a busy exporter costs one metadata query per key per interval
// instead of one per request. Whatever is cached is therefore up to `ttlMs` stale: a revoked API key or a changed
// project setting takes effect within that time unless the change is announced (PostgresStore.notify) and the
// owner clears the cache, as the receiver does.
import { createHash } from 'node:crypto';

interface Cached<T> {
  readonly value: T;
  readonly until: number;
}

export interface TtlCacheOptions {
  readonly ttlMs: number;
  readonly maxEntries?: number;
  /** Store a digest instead of the key itself (for secrets such as API keys). */
  readonly digestKeys?: boolean;
  readonly now?: () => number;
}

export class TtlCache<T> {
  private readonly entries = new Map<string, Cached<T>>();
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(
    private readonly lookup: (key: string) => Promise<T>,
    private readonly options: TtlCacheOptions,
  ) {
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  async get(key: string): Promise<T> {
    const id = this.options.digestKeys ? createHash('sha256').update(key).digest('base64url') : key;
    const hit = this.entries.get(id);
    if (hit && hit.until > this.now()) return hit.value;
    const value = await this.lookup(key);
    // Misses are remembered too: a client sending a wrong key in a loop must not reach the database each time.
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.delete(id);
    this.entries.set(id, { value, until: this.now() + this.options.ttlMs });
    return value;
  }

  /** Forgets everything (after a change announced by any process). */
  clear(): void {
    this.entries.clear();
  }

  /** Forgets one key (after a change made by this process). */
  forget(key: string): void {
    this.entries.delete(this.options.digestKeys ? createHash('sha256').update(key).digest('base64url') : key);
  }
}
