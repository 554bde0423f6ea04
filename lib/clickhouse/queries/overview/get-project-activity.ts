// Spans, traces and the last arrival per project over the last day, read from the trace rollup.
import { z } from 'zod';
import type { ClickHouseStore } from '@/lib/clickhouse/client';
import { selectRows } from '@/lib/clickhouse/query';

const row = z.object({
  project_id: z.string(),
  spans: z.coerce.number(),
  traces: z.coerce.number(),
  last_span_at: z.string(),
});

export type ProjectActivity = z.infer<typeof row>;

export async function getProjectActivity(store: ClickHouseStore, projectIds: readonly string[]): Promise<ProjectActivity[]> {
  if (projectIds.length === 0) return [];
  return selectRows(store, {
    sql: `SELECT project_id, sum(span_count) AS spans, uniqExact(trace_id) AS traces,
  toString(max(end_time)) AS last_span_at
FROM trace_rollup
WHERE project_id IN {projectIds:Array(String)} AND hour >= toStartOfHour(now() - INTERVAL 1 DAY)
GROUP BY project_id`,
    params: { projectIds: [...projectIds] },
    tag: { feature: 'overview.activity' },
    row,
  });
}
