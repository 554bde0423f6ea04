// Cost and usage by tenant and feature over a time range. Attribution is resolved per trace first (any span of the
// trace may carry the tenant), then traces are grouped; spans of traces with no tenant or feature are counted in an
// explicit "unattributed" bucket, never dropped.
import { z } from 'zod';
import type { ClickHouseStore } from '@/lib/clickhouse/client';
import { selectRows } from '@/lib/clickhouse/query';

export const UNATTRIBUTED = '(unattributed)';

const row = z.object({
  tenant_id: z.string(),
  feature: z.string(),
  traces: z.coerce.number(),
  llm_calls: z.coerce.number(),
  unpriced_calls: z.coerce.number(),
  cost_total: z.string(),
  usage: z.record(z.string(), z.coerce.number()),
});

export type CostByAttribution = z.infer<typeof row>;

export async function getCostByAttribution(
  store: ClickHouseStore,
  input: { projectId: string; fromNs: string; toNs: string },
): Promise<CostByAttribution[]> {
  return selectRows(store, {
    sql: `SELECT
  if(tenant = '', {unattributed:String}, tenant) AS tenant_id,
  if(feat = '', {unattributed:String}, feat) AS feature,
  count() AS traces,
  sum(llm) AS llm_calls,
  sum(unpriced) AS unpriced_calls,
  sum(cost) AS cost_total,
  sumMap(trace_usage) AS usage
FROM (
  SELECT trace_id, max(tenant_id) AS tenant, max(feature) AS feat, sum(llm_count) AS llm,
    sum(unpriced_count) AS unpriced, sum(cost_total) AS cost, sumMap(usage) AS trace_usage
  FROM trace_rollup
  WHERE project_id = {projectId:String}
    AND hour >= toStartOfHour(fromUnixTimestamp64Nano({fromNs:Int64}, 'UTC'))
    AND hour < fromUnixTimestamp64Nano({toNs:Int64}, 'UTC')
  GROUP BY trace_id
)
GROUP BY tenant_id, feature
ORDER BY cost_total DESC, tenant_id, feature`,
    params: { projectId: input.projectId, fromNs: input.fromNs, toNs: input.toNs, unattributed: UNATTRIBUTED },
    tag: { feature: 'cost.by-attribution', projectId: input.projectId },
    row,
  });
}
