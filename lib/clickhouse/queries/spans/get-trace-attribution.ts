// Who a trace belongs to: tenant, feature, user and session as carried by any of its spans, whatever order they
// arrived in (invariant 3). Read from trace_rollup, the same place the grouped cost queries read, so both agree.
import { z } from 'zod';
import type { ClickHouseStore } from '@/lib/clickhouse/client';
import { selectRows } from '@/lib/clickhouse/query';

export interface TraceAttribution {
  readonly tenantId: string;
  readonly feature: string;
  readonly userId: string;
  readonly sessionId: string;
}

const row = z.object({ trace_id: z.string(), tenant_id: z.string(), feature: z.string(), user_id: z.string(), session_id: z.string() });

/**
 * Attribution of the given traces. `fromNs`/`toNs` bound the hours to read: a trace's rollup rows sit in the hours
 * its spans started in, so the caller passes the span times it knows, widened by a day for long traces.
 */
export async function getTraceAttribution(
  store: ClickHouseStore,
  input: { projectId: string; traceIds: readonly string[]; fromNs: string; toNs: string },
): Promise<Map<string, TraceAttribution>> {
  if (input.traceIds.length === 0) return new Map();
  const rows = await selectRows(store, {
    sql: `SELECT trace_id, max(tenant_id) AS tenant_id, max(feature) AS feature, max(user_id) AS user_id,
  max(session_id) AS session_id
FROM trace_rollup
WHERE project_id = {projectId:String}
  AND hour >= toStartOfHour(fromUnixTimestamp64Nano({fromNs:Int64}, 'UTC')) - INTERVAL 1 DAY
  AND hour <= toStartOfHour(fromUnixTimestamp64Nano({toNs:Int64}, 'UTC')) + INTERVAL 1 DAY
  AND trace_id IN {traceIds:Array(String)}
GROUP BY trace_id`,
    params: { projectId: input.projectId, traceIds: [...new Set(input.traceIds)], fromNs: input.fromNs, toNs: input.toNs },
    tag: { feature: 'api.trace-attribution', projectId: input.projectId },
    row,
  });
  return new Map(rows.map((r) => [r.trace_id, { tenantId: r.tenant_id, feature: r.feature, userId: r.user_id, sessionId: r.session_id }]));
}
