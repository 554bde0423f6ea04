// Per-key token buckets measured in spans per second: a key over its rate gets 429 with the seconds until enough
// tokens are back, so well-behaved exporters slow down instead of being dropped.
export interface RateDecision {
  readonly allowed: boolean;
  readonly retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class SpanRateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  /** `spansPerSecond` 0 turns limiting off; the burst allows two seconds' worth at once. */
  constructor(private readonly spansPerSecond: number, private readonly now: () => number = () => performance.now()) {}

  take(key: string, spans: number): RateDecision {
    if (this.spansPerSecond <= 0) return { allowed: true, retryAfterSeconds: 0 };
    const capacity = this.spansPerSecond * 2;
    const t = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: capacity, updatedAt: t };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((t - bucket.updatedAt) / 1000) * this.spansPerSecond);
    bucket.updatedAt = t;
    this.buckets.set(key, bucket);
    // A single request larger than the burst is let through when the bucket is full, or it could never pass.
    const cost = Math.min(spans, capacity);
    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((cost - bucket.tokens) / this.spansPerSecond)) };
  }
}
