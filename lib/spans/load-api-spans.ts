// Stored span rows as read API objects, with each trace's attribution resolved across all its spans (invariant 3).
import type { ClickHouseStore } from '@/lib/clickhouse/client';
import { getTraceAttribution } from '@/lib/clickhouse/queries/spans/get-trace-attribution';
import type { SpanRecord } from '@/lib/clickhouse/queries/spans/span-columns';
import { toApiSpan, type ApiSpan } from './to-api-span';

export async function toApiSpansWithAttribution(store: ClickHouseStore, projectId: string, records: readonly SpanRecord[]): Promise<ApiSpan[]> {
  if (records.length === 0) return [];
  let from = BigInt(records[0]?.start_ns ?? '0');
  let to = from;
  for (const r of records) {
    const t = BigInt(r.start_ns);
    if (t < from) from = t;
    if (t > to) to = t;
  }
  const attribution = await getTraceAttribution(store, {
    projectId,
    traceIds: records.map((r) => r.trace_id),
    fromNs: from.toString(),
    toNs: to.toString(),
  });
  return records.map((r) => toApiSpan(r, attribution.get(r.trace_id)));
}
