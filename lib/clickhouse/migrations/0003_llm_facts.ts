// The rest of the LLM facts the normalisation stage extracts (time to first token, finish reasons, tool calls,
// retrieval, parameters, errors, evaluation scores, redaction counts, how usage was obtained), and cost by model in
// trace_rollup so that tenant x feature x model breakdowns come from the per-trace rollup, where attribution is
// resolved across all of a trace's spans whatever order they arrived in (invariant 3).
import { onCluster, storageTable, type DdlTarget } from '../ddl';
import type { ClickHouseMigration } from './types';

const SPAN_COLUMNS = [
  'time_to_first_token_ms Nullable(Float64)',
  'finish_reasons Array(LowCardinality(String))',
  'tool_calls String CODEC(ZSTD(1))',
  'retrieval_query String CODEC(ZSTD(1))',
  'retrieval_documents String CODEC(ZSTD(1))',
  'invocation_parameters Map(LowCardinality(String), String)',
  'error_type LowCardinality(String)',
  'error_message String CODEC(ZSTD(1))',
  'scores String CODEC(ZSTD(1))',
  'redactions Map(LowCardinality(String), UInt32)',
  'usage_estimated_by LowCardinality(String)',
  'conventions Array(LowCardinality(String))',
];

export const llmFactsMigration: ClickHouseMigration = {
  version: 3,
  name: 'llm_facts',
  statements: (t: DdlTarget) => [
    `ALTER TABLE ${storageTable(t, 'spans')}${onCluster(t)} ${SPAN_COLUMNS.map((c) => `ADD COLUMN IF NOT EXISTS ${c}`).join(', ')}`,
    ...(t.cluster ? [`ALTER TABLE spans${onCluster(t)} ${SPAN_COLUMNS.map((c) => `ADD COLUMN IF NOT EXISTS ${c}`).join(', ')}`] : []),
    `ALTER TABLE ${storageTable(t, 'trace_rollup')}${onCluster(t)} ADD COLUMN IF NOT EXISTS cost_by_model SimpleAggregateFunction(sumMap, Map(String, Decimal(38, 12)))`,
    ...(t.cluster
      ? [`ALTER TABLE trace_rollup${onCluster(t)} ADD COLUMN IF NOT EXISTS cost_by_model SimpleAggregateFunction(sumMap, Map(String, Decimal(38, 12)))`]
      : []),
    // A materialized view's query cannot gain a column in place; it is replaced while nothing is inserting
    // (migrations run before the receiver opens).
    `DROP VIEW IF EXISTS trace_rollup_mv${onCluster(t)}`,
    `CREATE MATERIALIZED VIEW IF NOT EXISTS trace_rollup_mv${onCluster(t)} TO ${storageTable(t, 'trace_rollup')} AS
SELECT
  s.project_id AS project_id,
  toStartOfHour(s.start_time) AS hour,
  s.trace_id AS trace_id,
  min(s.start_time) AS start_time,
  max(s.end_time) AS end_time,
  argMaxState(s.name, toUInt8(s.parent_span_id = '')) AS root_name,
  max(s.service_name) AS service_name,
  max(s.tenant_id) AS tenant_id,
  max(s.feature) AS feature,
  max(s.user_id) AS user_id,
  max(s.session_id) AS session_id,
  max(s.environment) AS environment,
  max(s.release) AS release,
  groupUniqArrayArray(arrayFilter(m -> m != '', [if(s.response_model != '', s.response_model, s.request_model)])) AS models,
  count() AS span_count,
  countIf(s.status_code = 2) AS error_count,
  countIf(s.span_type IN ('llm', 'embedding')) AS llm_count,
  countIf(s.hallucination = 1) AS hallucination_count,
  sumMap(if(s.billable = 1, s.usage, map())) AS usage,
  sum(toDecimal128(if(s.billable = 1, s.cost_total, 0), 12)) AS cost_total,
  countIf(s.cost_status = 'unpriced') AS unpriced_count,
  sumMap(if(s.billable = 1 AND s.cost_total != 0,
    map(if(s.response_model != '', s.response_model, s.request_model), toDecimal128(s.cost_total, 12)),
    map())) AS cost_by_model
FROM ${storageTable(t, 'spans')} AS s
GROUP BY project_id, hour, trace_id`,
  ],
};
