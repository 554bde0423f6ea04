// Remembers what an API key resolved to for a few seconds, so a busy exporter costs one metadata query per key per
// interval instead of one per request. A revoked key therefore stops working within `ttlMs`, not instantly.
import { createHash } from 'node:crypto';

interface Cached<T> {
  readonly value: T;
  readonly until: number;
}

export class KeyCache<T> {
  private readonly entries = new Map<string, Cached<T>>();

  constructor(
    private readonly lookup: (key: string) => Promise<T>,
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  async get(key: string): Promise<T> {
    // Keyed by a digest so the process never holds raw keys longer than a request.
    const id = createHash('sha256').update(key).digest('base64url');
    const hit = this.entries.get(id);
    if (hit && hit.until > this.now()) return hit.value;
    const value = await this.lookup(key);
    // Unknown keys are remembered too: a client sending a wrong key in a loop must not reach the database each time.
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.delete(id);
    this.entries.set(id, { value, until: this.now() + this.ttlMs });
    return value;
  }
}
