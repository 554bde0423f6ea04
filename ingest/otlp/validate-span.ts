// Judges one decoded span: a short reason when it cannot be stored, so the valid spans of a request are kept and
// the answer counts the invalid ones by reason (OTLP partial success).
import type { OtlpSpan } from './types';

export const MAX_SPAN_NAME_LENGTH = 4096;

const TRACE_ID = /^[0-9a-f]{32}$/;
const SPAN_ID = /^[0-9a-f]{16}$/;
const ZERO_TRACE = '0'.repeat(32);
const ZERO_SPAN = '0'.repeat(16);

export function validateSpan(span: OtlpSpan): string | undefined {
  if (!TRACE_ID.test(span.traceId) || span.traceId === ZERO_TRACE) return 'invalid trace id';
  if (!SPAN_ID.test(span.spanId) || span.spanId === ZERO_SPAN) return 'invalid span id';
  if (span.parentSpanId !== '' && (!SPAN_ID.test(span.parentSpanId) || span.parentSpanId === ZERO_SPAN)) return 'invalid parent span id';
  if (span.startTimeUnixNano === 0n) return 'missing start time';
  if (span.endTimeUnixNano === 0n) return 'missing end time';
  if (span.endTimeUnixNano < span.startTimeUnixNano) return 'end before start';
  if (span.name.length > MAX_SPAN_NAME_LENGTH) return 'span name too long';
  for (const l of span.links) if (!TRACE_ID.test(l.traceId) || !SPAN_ID.test(l.spanId)) return 'invalid link';
  return undefined;
}

/** "3 spans rejected: 2 invalid trace id, 1 end before start". */
export function summariseRejections(reasons: ReadonlyMap<string, number>): string {
  const total = [...reasons.values()].reduce((a, b) => a + b, 0);
  const parts = [...reasons].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${n} ${reason}`);
  return `${total} span${total === 1 ? '' : 's'} rejected: ${parts.join(', ')}`;
}
