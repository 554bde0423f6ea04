// The read API's span object (camelCase) from a stored row.
import type { SpanRecord } from '@/lib/clickhouse/queries/spans/span-columns';
import { formatDecimal, parseDecimal } from '@/lib/pricing';
import type { TraceAttribution } from '@/lib/clickhouse/queries/spans/get-trace-attribution';

const STATUS = ['unset', 'ok', 'error'] as const;
const KIND = ['unspecified', 'internal', 'server', 'client', 'producer', 'consumer'] as const;

/** Nanoseconds since the epoch as an RFC 3339 timestamp that keeps all nine fractional digits. */
export function nanosToIso(ns: string): string {
  const n = BigInt(ns);
  const ms = n / 1_000_000n;
  const fraction = (n % 1_000_000_000n).toString().padStart(9, '0');
  return `${new Date(Number(ms)).toISOString().slice(0, 19)}.${fraction}Z`;
}

/** Parses a JSON column written by the ingest pipeline; an empty column is an empty list. */
function jsonList(text: string): unknown[] {
  if (text === '') return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

const COST_KINDS = { input: 'input', output: 'output', cache_read: 'cacheRead', cache_write: 'cacheWrite', reasoning: 'reasoning' } as const;

function apiUsage(usage: Record<string, number>) {
  return {
    input: usage.input ?? 0,
    output: usage.output ?? 0,
    cacheRead: usage.cache_read ?? 0,
    cacheWrite: usage.cache_write ?? 0,
    reasoning: usage.reasoning ?? 0,
    total: usage.total ?? (usage.input ?? 0) + (usage.output ?? 0),
  };
}

/** ClickHouse prints Decimal(18, 12) with all twelve digits; the API gives pricing's canonical form ("0.00042"). */
export function trimDecimal(value: string): string {
  return formatDecimal(parseDecimal(value));
}

/** Cost by kind and total as decimal strings; null when there is no price (never a misleading zero). */
function apiCost(r: SpanRecord): Record<string, string> | null {
  if (r.cost_status !== 'priced' && r.cost_status !== 'provided' && r.cost_status !== 'estimated') return null;
  const cost: Record<string, string> = {};
  for (const [kind, name] of Object.entries(COST_KINDS)) {
    const value = r.cost[kind];
    if (value !== undefined) cost[name] = trimDecimal(value);
  }
  cost.total = trimDecimal(r.cost_total);
  return cost;
}

/** A stored span as the read API returns it; `trace` is the trace-level attribution when known (invariant 3). */
export function toApiSpan(r: SpanRecord, trace?: TraceAttribution) {
  const hasUsage = Object.keys(r.usage).length > 0;
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

    type: r.span_type,
    provider: r.provider || null,
    model: r.response_model || r.request_model || null,
    requestModel: r.request_model || null,
    responseModel: r.response_model || null,
    usage: hasUsage ? apiUsage(r.usage) : null,
    usageEstimatedBy: r.usage_estimated_by || null,
    cost: apiCost(r),
    costStatus: r.cost_status || null,
    priceId: r.price_id || null,
    billable: r.billable === 1,
    tenantId: trace?.tenantId || r.tenant_id || null,
    feature: trace?.feature || r.feature || null,
    userId: trace?.userId || r.user_id || null,
    sessionId: trace?.sessionId || r.session_id || null,
    environment: r.environment || null,
    release: r.release || null,
    input: jsonList(r.input),
    output: jsonList(r.output),
    timeToFirstTokenMs: r.time_to_first_token_ms,
    finishReasons: r.finish_reasons,
    toolCalls: jsonList(r.tool_calls),
    retrievalQuery: r.retrieval_query || null,
    retrievalDocuments: jsonList(r.retrieval_documents),
    invocationParameters: r.invocation_parameters,
    errorType: r.error_type || null,
    errorMessage: r.error_message || null,
    scores: jsonList(r.scores),
    hallucination: r.hallucination === 1,
    redactions: r.redactions,
    /** Which conventions the span was read by, in precedence order. */
    conventions: r.conventions,
  };
}

export type ApiSpan = ReturnType<typeof toApiSpan>;
