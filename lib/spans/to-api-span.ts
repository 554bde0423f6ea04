// The read API's span object (camelCase) from a stored row.
import type { SpanRecord } from '@/lib/clickhouse/queries/spans/span-columns';

const STATUS = ['unset', 'ok', 'error'] as const;
const KIND = ['unspecified', 'internal', 'server', 'client', 'producer', 'consumer'] as const;

/** Nanoseconds since the epoch as an RFC 3339 timestamp that keeps all nine fractional digits. */
export function nanosToIso(ns: string): string {
  const n = BigInt(ns);
  const ms = n / 1_000_000n;
  const fraction = (n % 1_000_000_000n).toString().padStart(9, '0');
  return `${new Date(Number(ms)).toISOString().slice(0, 19)}.${fraction}Z`;
}

export function toApiSpan(r: SpanRecord) {
  return {
    traceId: r.trace_id,
    spanId: r.span_id,
    parentSpanId: r.parent_span_id || null,
    name: r.name,
    kind: KIND[r.kind] ?? String(r.kind),
    startTime: nanosToIso(r.start_ns),
    endTime: nanosToIso(r.end_ns),
    startTimeUnixNano: r.start_ns,
    endTimeUnixNano: r.end_ns,
    durationMs: Number(r.duration_ns) / 1e6,
    status: STATUS[r.status_code] ?? 'unset',
    statusMessage: r.status_message,
    serviceName: r.service_name,
    scope: { name: r.scope_name, version: r.scope_version, attributes: r.scope_attributes },
    traceState: r.trace_state,
    flags: r.flags,
    attributes: r.attributes,
    resourceAttributes: r.resource_attributes,
    events: r.event_names.map((name, i) => ({
      time: nanosToIso(r.event_ns[i] ?? '0'),
      timeUnixNano: r.event_ns[i] ?? '0',
      name,
      attributes: r.event_attributes[i] ?? {},
    })),
    links: r.link_trace_ids.map((traceId, i) => ({
      traceId,
      spanId: r.link_span_ids[i] ?? '',
      attributes: r.link_attributes[i] ?? {},
    })),
    droppedAttributesCount: r.dropped_attributes_count,
    droppedEventsCount: r.dropped_events_count,
    droppedLinksCount: r.dropped_links_count,
  };
}

export type ApiSpan = ReturnType<typeof toApiSpan>;
