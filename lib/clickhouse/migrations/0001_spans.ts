// One wide row per span: the OTLP span as sent (nothing an exporter sent is lost) plus the LLM facts that the
// normalisation stages fill in (defaults mean "not an LLM span" or "not known yet").
// Content columns use ZSTD(1) and attribute values carry no bloom filter: ZSTD(3) and a bloom filter over every
// attribute value (prompts included) cut raw insert speed from 30k to 17k rows/s (scripts/bench/ingest.ts).
import { distributedTable, engine, onCluster, storageTable, type DdlTarget } from '../ddl';
import type { ClickHouseMigration } from './types';

const ATTRS = 'Map(LowCardinality(String), String)';

export const spansMigration: ClickHouseMigration = {
  version: 1,
  name: 'spans',
  statements: (t: DdlTarget) => [
    `CREATE TABLE IF NOT EXISTS ${storageTable(t, 'spans')}${onCluster(t)}
(
  project_id LowCardinality(String),
  trace_id String CODEC(ZSTD(1)),
  span_id String CODEC(ZSTD(1)),
  parent_span_id String CODEC(ZSTD(1)),
  trace_state String CODEC(ZSTD(1)),
  flags UInt32,
  name LowCardinality(String),
  kind UInt8,
  start_time DateTime64(9, 'UTC') CODEC(Delta(8), ZSTD(1)),
  end_time DateTime64(9, 'UTC') CODEC(Delta(8), ZSTD(1)),
  duration_ns UInt64,
  status_code UInt8,
  status_message String CODEC(ZSTD(1)),
  service_name LowCardinality(String),
  scope_name LowCardinality(String),
  scope_version LowCardinality(String),
  resource_attributes ${ATTRS} CODEC(ZSTD(1)),
  scope_attributes ${ATTRS} CODEC(ZSTD(1)),
  attributes ${ATTRS} CODEC(ZSTD(1)),
  dropped_attributes_count UInt32,
  event_times Array(DateTime64(9, 'UTC')) CODEC(ZSTD(1)),
  event_names Array(LowCardinality(String)),
  event_attributes Array(${ATTRS}) CODEC(ZSTD(1)),
  dropped_events_count UInt32,
  link_trace_ids Array(String) CODEC(ZSTD(1)),
  link_span_ids Array(String) CODEC(ZSTD(1)),
  link_trace_states Array(String) CODEC(ZSTD(1)),
  link_attributes Array(${ATTRS}) CODEC(ZSTD(1)),
  dropped_links_count UInt32,

  span_type LowCardinality(String) DEFAULT 'span',
  provider LowCardinality(String),
  request_model LowCardinality(String),
  response_model LowCardinality(String),
  usage Map(LowCardinality(String), UInt64),
  cost Map(LowCardinality(String), Decimal(18, 12)),
  cost_total Decimal(18, 12),
  cost_status LowCardinality(String),
  price_id String,
  billable UInt8 DEFAULT 1,
  tenant_id String,
  feature String,
  user_id String,
  session_id String,
  environment LowCardinality(String),
  release LowCardinality(String),
  input String CODEC(ZSTD(1)),
  output String CODEC(ZSTD(1)),
  hallucination UInt8,

  retention_days UInt16 DEFAULT 3650,
  ingested_at DateTime64(3, 'UTC') DEFAULT now64(3),

  INDEX idx_trace_id trace_id TYPE bloom_filter(0.001) GRANULARITY 1,
  INDEX idx_session_id session_id TYPE bloom_filter(0.01) GRANULARITY 1,
  INDEX idx_user_id user_id TYPE bloom_filter(0.01) GRANULARITY 1,
  INDEX idx_tenant_id tenant_id TYPE bloom_filter(0.01) GRANULARITY 1,
  INDEX idx_attribute_keys mapKeys(attributes) TYPE bloom_filter(0.01) GRANULARITY 1
)
${engine(t, 'MergeTree', 'spans')}
PARTITION BY toYYYYMM(start_time)
ORDER BY (project_id, toStartOfHour(start_time), trace_id, span_id)
TTL toDateTime(start_time) + toIntervalDay(retention_days)
SETTINGS index_granularity = 8192, non_replicated_deduplication_window = 10000,
  enable_block_number_column = 1, enable_block_offset_column = 1, ttl_only_drop_parts = 0`,
    ...distributedTable(t, 'spans', 'cityHash64(trace_id)'),
  ],
};
