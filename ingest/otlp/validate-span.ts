// Judges one decoded span on its own: a short reason when it cannot be stored, so a request keeps its valid spans and
// the answer counts the rejected ones by reason (OTLP partial success).
import type { OtlpLink, OtlpSpan } from './types';

/**
 * Longest span name accepted, in UTF-16 code units. Names are low-cardinality labels ("chat gpt-4o"); 4096 leaves
 * room for generous templated names while refusing a prompt pasted into the name.
 */
export const MAX_SPAN_NAME_LENGTH = 4096;

const TRACE_ID = /^[0-9a-f]{32}$/;
const SPAN_ID = /^[0-9a-f]{16}$/;
const ZERO_TRACE_ID = '0'.repeat(32);
const ZERO_SPAN_ID = '0'.repeat(16);

function validTraceId(id: string): boolean {
  return TRACE_ID.test(id) && id !== ZERO_TRACE_ID;
}

function validSpanId(id: string): boolean {
  return SPAN_ID.test(id) && id !== ZERO_SPAN_ID;
}

function validLink(link: OtlpLink): boolean {
  return validTraceId(link.traceId) && validSpanId(link.spanId);
}

/** The reason the span is invalid, or undefined when it can be stored. Ids arrive lower-cased from both decoders. */
export function validateSpan(span: OtlpSpan): string | undefined {
  if (!validTraceId(span.traceId)) return 'invalid trace id';
  if (!validSpanId(span.spanId)) return 'invalid span id';
  // An all-zero parent is kept: some bridges send it for a root, and it cannot point at a stored span anyway.
  if (span.parentSpanId !== '' && !SPAN_ID.test(span.parentSpanId)) return 'invalid parent span id';
  if (span.startTimeUnixNano === 0n) return 'missing start time';
  if (span.endTimeUnixNano === 0n) return 'missing end time';
  if (span.endTimeUnixNano < span.startTimeUnixNano) return 'end before start';
  if (span.name.length > MAX_SPAN_NAME_LENGTH) return 'span name too long';
  if (!span.links.every(validLink)) return 'invalid link';
  return undefined;
}

/** "3 spans rejected: 2 invalid trace id, 1 end before start": most frequent reason first, ties alphabetical. */
export function summariseRejections(reasons: ReadonlyMap<string, number>): string {
  let total = 0;
  for (const n of reasons.values()) total += n;
  const parts = [...reasons]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([reason, n]) => `${n} ${reason}`);
  return `${total} ${total === 1 ? 'span' : 'spans'} rejected: ${parts.join(', ')}`;
}
