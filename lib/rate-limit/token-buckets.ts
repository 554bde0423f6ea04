// Per-key token buckets: a key over its rate is refused with the seconds until enough tokens are back, so
// well-behaved clients slow down instead of being dropped. Used for spans per second at the receiver and for
// requests per minute at the read API; a key may carry its own rate.
export interface RateDecision {
  readonly allowed: boolean;
  readonly retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  /**
   * @param defaultPerSecond rate when a key has none of its own; 0 turns limiting off
   * @param burstSeconds how many seconds' worth a full bucket holds
   */
  constructor(
    private readonly defaultPerSecond: number,
    private readonly burstSeconds: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  take(key: string, units: number, perSecond: number = this.defaultPerSecond): RateDecision {
    if (perSecond <= 0) return { allowed: true, retryAfterSeconds: 0 };
    const capacity = perSecond * this.burstSeconds;
    const t = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: capacity, updatedAt: t };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((t - bucket.updatedAt) / 1000) * perSecond);
    bucket.updatedAt = t;
    this.buckets.set(key, bucket);
    // A single request larger than the burst is let through when the bucket is full, or it could never pass.
    const cost = Math.min(units, capacity);
    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((cost - bucket.tokens) / perSecond)) };
  }
}
