// A row of the ClickHouse `spans` table as it is inserted (JSONEachRow): times as decimal nanosecond strings,
// exact numbers as strings, maps as objects. Column meaning: lib/clickhouse/migrations/0001_spans.ts and 0003.
import type { Attributes } from '@/ingest/otlp/types';

export interface SpanRow {
  project_id: string;
  trace_id: string;
  span_id: string;
  parent_span_id: string;
  trace_state: string;
  flags: number;
  name: string;
  kind: number;
  start_time: string;
  end_time: string;
  duration_ns: string;
  status_code: number;
  status_message: string;
  service_name: string;
  scope_name: string;
  scope_version: string;
  resource_attributes: Attributes;
  scope_attributes: Attributes;
  attributes: Attributes;
  dropped_attributes_count: number;
  event_times: string[];
  event_names: string[];
  event_attributes: Attributes[];
  dropped_events_count: number;
  link_trace_ids: string[];
  link_span_ids: string[];
  link_trace_states: string[];
  link_attributes: Attributes[];
  dropped_links_count: number;

  span_type: string;
  provider: string;
  request_model: string;
  response_model: string;
  usage: Record<string, string>;
  cost: Record<string, string>;
  cost_total: string;
  cost_status: string;
  price_id: string;
  billable: number;
  tenant_id: string;
  feature: string;
  user_id: string;
  session_id: string;
  environment: string;
  release: string;
  input: string;
  output: string;
  hallucination: number;
  retention_days: number;

  // lib/clickhouse/migrations/0003_llm_facts.ts
  time_to_first_token_ms: number | null;
  finish_reasons: string[];
  /** JSON: ToolCall[] */
  tool_calls: string;
  retrieval_query: string;
  /** JSON: RetrievalDocument[] */
  retrieval_documents: string;
  invocation_parameters: Record<string, string>;
  error_type: string;
  error_message: string;
  /** JSON: EvaluationScore[] */
  scores: string;
  redactions: Record<string, number>;
  usage_estimated_by: string;
  conventions: string[];
}

/** The key that identifies one span of one project: what deduplication compares. */
export function spanKey(row: Pick<SpanRow, 'project_id' | 'trace_id' | 'span_id'>): string {
  return `${row.project_id}/${row.trace_id}/${row.span_id}`;
}
