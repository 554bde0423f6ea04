// Read API requests per minute per key (TOKENMETER_KEY_RATE_LIMIT_READS or the key's own), as token buckets that
// hold ten seconds' worth: short bursts pass, a script in a tight loop gets 429 with Retry-After.
import type { ApiKeyGrant } from '@/lib/db/queries/find-api-key';
import { env } from '@/lib/env';
import { TokenBuckets } from '@/lib/rate-limit/token-buckets';
import { ApiError } from './api-error';

let buckets: TokenBuckets | undefined;

export function enforceReadRateLimit(grant: ApiKeyGrant): void {
  const perMinute = grant.readRateLimit ?? env().TOKENMETER_KEY_RATE_LIMIT_READS;
  buckets ??= new TokenBuckets(env().TOKENMETER_KEY_RATE_LIMIT_READS / 60, 10);
  const decision = buckets.take(grant.keyId, 1, perMinute / 60);
  if (!decision.allowed) {
    throw new ApiError(429, `This API key is over its read limit of ${perMinute} requests per minute; retry after ${decision.retryAfterSeconds} s.`, {
      'Retry-After': String(decision.retryAfterSeconds),
    });
  }
}
