// Rollups fed by materialized views on every insert into spans:
// - trace_rollup: one row per trace and hour, holding the trace's tenant / user / session / feature as soon as any
//   of its spans carries them, so the trace list and per-tenant cost do not depend on the order spans arrive in;
// - usage_hourly: tokens, cost, calls, errors and latency by hour and attribution, for dashboards, budgets, alerts.
// Both keep a deduplication window so a re-inserted block (same insert_deduplication_token) is not counted twice.
import { distributedTable, engine, onCluster, storageTable, type DdlTarget } from '../ddl';
import type { ClickHouseMigration } from './types';

const DEDUP = 'SETTINGS non_replicated_deduplication_window = 10000';

export const rollupsMigration: ClickHouseMigration = {
  version: 2,
  name: 'rollups',
  statements: (t: DdlTarget) => [
    `CREATE TABLE IF NOT EXISTS ${storageTable(t, 'trace_rollup')}${onCluster(t)}
(
  project_id LowCardinality(String),
  hour DateTime('UTC'),
  trace_id String,
  start_time SimpleAggregateFunction(min, DateTime64(9, 'UTC')),
  end_time SimpleAggregateFunction(max, DateTime64(9, 'UTC')),
  root_name AggregateFunction(argMax, String, UInt8),
  service_name SimpleAggregateFunction(max, LowCardinality(String)),
  tenant_id SimpleAggregateFunction(max, String),
  feature SimpleAggregateFunction(max, String),
  user_id SimpleAggregateFunction(max, String),
  session_id SimpleAggregateFunction(max, String),
  environment SimpleAggregateFunction(max, LowCardinality(String)),
  release SimpleAggregateFunction(max, LowCardinality(String)),
  models SimpleAggregateFunction(groupUniqArrayArray, Array(String)),
  span_count SimpleAggregateFunction(sum, UInt64),
  error_count SimpleAggregateFunction(sum, UInt64),
  llm_count SimpleAggregateFunction(sum, UInt64),
  hallucination_count SimpleAggregateFunction(sum, UInt64),
  usage SimpleAggregateFunction(sumMap, Map(String, UInt64)),
  cost_total SimpleAggregateFunction(sum, Decimal(38, 12)),
  unpriced_count SimpleAggregateFunction(sum, UInt64)
)
${engine(t, 'AggregatingMergeTree', 'trace_rollup')}
PARTITION BY toYYYYMM(hour)
ORDER BY (project_id, hour, trace_id)
${DEDUP}`,
    ...distributedTable(t, 'trace_rollup', 'cityHash64(trace_id)'),
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
  countIf(s.cost_status = 'unpriced') AS unpriced_count
FROM ${storageTable(t, 'spans')} AS s
GROUP BY project_id, hour, trace_id`,
    `CREATE TABLE IF NOT EXISTS ${storageTable(t, 'usage_hourly')}${onCluster(t)}
(
  project_id LowCardinality(String),
  hour DateTime('UTC'),
  tenant_id String,
  feature String,
  user_id String,
  environment LowCardinality(String),
  release LowCardinality(String),
  provider LowCardinality(String),
  model LowCardinality(String),
  span_type LowCardinality(String),
  calls SimpleAggregateFunction(sum, UInt64),
  errors SimpleAggregateFunction(sum, UInt64),
  hallucinations SimpleAggregateFunction(sum, UInt64),
  unpriced_calls SimpleAggregateFunction(sum, UInt64),
  usage SimpleAggregateFunction(sumMap, Map(String, UInt64)),
  cost SimpleAggregateFunction(sumMap, Map(String, Decimal(38, 12))),
  cost_total SimpleAggregateFunction(sum, Decimal(38, 12)),
  duration_quantiles AggregateFunction(quantilesTDigest(0.5, 0.95, 0.99), UInt64)
)
${engine(t, 'AggregatingMergeTree', 'usage_hourly')}
PARTITION BY toYYYYMM(hour)
ORDER BY (project_id, hour, tenant_id, feature, model, provider, environment, release, user_id, span_type)
${DEDUP}`,
    ...distributedTable(t, 'usage_hourly', 'rand()'),
    `CREATE MATERIALIZED VIEW IF NOT EXISTS usage_hourly_mv${onCluster(t)} TO ${storageTable(t, 'usage_hourly')} AS
SELECT
  s.project_id AS project_id,
  toStartOfHour(s.start_time) AS hour,
  s.tenant_id AS tenant_id,
  s.feature AS feature,
  s.user_id AS user_id,
  s.environment AS environment,
  s.release AS release,
  s.provider AS provider,
  if(s.response_model != '', s.response_model, s.request_model) AS model,
  s.span_type AS span_type,
  count() AS calls,
  countIf(s.status_code = 2) AS errors,
  countIf(s.hallucination = 1) AS hallucinations,
  countIf(s.cost_status = 'unpriced') AS unpriced_calls,
  sumMap(if(s.billable = 1, s.usage, map())) AS usage,
  sumMap(if(s.billable = 1, mapApply((k, v) -> (k, toDecimal128(v, 12)), s.cost), map())) AS cost,
  sum(toDecimal128(if(s.billable = 1, s.cost_total, 0), 12)) AS cost_total,
  quantilesTDigestState(0.5, 0.95, 0.99)(s.duration_ns) AS duration_quantiles
FROM ${storageTable(t, 'spans')} AS s
GROUP BY project_id, hour, tenant_id, feature, user_id, environment, release, provider, model, span_type`,
  ],
};
