// Pipeline stage "map": an OTLP span as decoded becomes a spans row, faithfully (later stages fill the LLM facts).
import type { OtlpSpan } from '@/ingest/otlp/types';
import type { SpanRow } from './span-row';

export interface ProjectContext {
  readonly projectId: string;
  readonly retentionDays: number;
}

export function toSpanRow(span: OtlpSpan, project: ProjectContext): SpanRow {
  const duration = span.endTimeUnixNano - span.startTimeUnixNano;
  return {
    project_id: project.projectId,
    trace_id: span.traceId,
    span_id: span.spanId,
    parent_span_id: span.parentSpanId,
    trace_state: span.traceState,
    flags: span.flags,
    name: span.name,
    kind: span.kind,
    start_time: span.startTimeUnixNano.toString(),
    end_time: span.endTimeUnixNano.toString(),
    duration_ns: (duration > 0n ? duration : 0n).toString(),
    status_code: span.statusCode,
    status_message: span.statusMessage,
    service_name: span.resource.attributes['service.name'] ?? '',
    scope_name: span.scope.name,
    scope_version: span.scope.version,
    resource_attributes: span.resource.attributes,
    scope_attributes: span.scope.attributes,
    attributes: span.attributes,
    dropped_attributes_count: span.droppedAttributesCount,
    event_times: span.events.map((e) => e.timeUnixNano.toString()),
    event_names: span.events.map((e) => e.name),
    event_attributes: span.events.map((e) => e.attributes),
    dropped_events_count: span.droppedEventsCount,
    link_trace_ids: span.links.map((l) => l.traceId),
    link_span_ids: span.links.map((l) => l.spanId),
    link_trace_states: span.links.map((l) => l.traceState),
    link_attributes: span.links.map((l) => l.attributes),
    dropped_links_count: span.droppedLinksCount,

    span_type: 'span',
    provider: '',
    request_model: '',
    response_model: '',
    usage: {},
    cost: {},
    cost_total: '0',
    cost_status: '',
    price_id: '',
    billable: 1,
    tenant_id: '',
    feature: '',
    user_id: '',
    session_id: '',
    environment: span.resource.attributes['deployment.environment.name'] ?? span.resource.attributes['deployment.environment'] ?? '',
    release: span.resource.attributes['service.version'] ?? '',
    input: '',
    output: '',
    hallucination: 0,
    retention_days: project.retentionDays,
    time_to_first_token_ms: null,
    finish_reasons: [],
    tool_calls: '',
    retrieval_query: '',
    retrieval_documents: '',
    invocation_parameters: {},
    error_type: '',
    error_message: '',
    scores: '',
    redactions: {},
    usage_estimated_by: '',
    conventions: [],
  };
}
