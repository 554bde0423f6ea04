/**
 * How long an exporter should wait before retrying when the write queue is full.
 *
 * Two constraints shape this:
 * - Exporters give up rather than wait past their own deadline: the OpenTelemetry JS exporter drops a batch when
 *   Retry-After exceeds what is left of its export timeout (10 s by default), so the hint stays at 5 s or less.
 * - Every client rejected in the same moment would otherwise come back in the same second and be rejected again
 *   together; spreading the hint over [base, 2·base] lets the queue drain between arrivals.
 */
export const MAX_RETRY_AFTER_SECONDS = 5;

export function retryAfterForBacklog(batchesAhead: number, random: () => number = Math.random): number {
  const base = Math.min(Math.ceil(MAX_RETRY_AFTER_SECONDS / 2), Math.max(1, batchesAhead));
  const spread = Math.floor(random() * (base + 1));
  return Math.min(MAX_RETRY_AFTER_SECONDS, base + spread);
}
