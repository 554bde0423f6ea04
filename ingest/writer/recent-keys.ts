// A bounded memory of recently committed span keys. Two generations of Sets: when the young one is full it becomes
// the old one and the previous old one is dropped, so lookups stay O(1) and memory stays bounded without an LRU list.
export class RecentKeys {
  private young = new Set<string>();
  private old = new Set<string>();
  private readonly generationSize: number;

  constructor(capacity: number) {
    this.generationSize = Math.max(1, Math.floor(capacity / 2));
  }

  has(key: string): boolean {
    return this.young.has(key) || this.old.has(key);
  }

  add(key: string): void {
    if (this.young.size >= this.generationSize) {
      this.old = this.young;
      this.young = new Set();
    }
    this.young.add(key);
  }

  get size(): number {
    return this.young.size + this.old.size;
  }
}
