// How the batch writer reaches ClickHouse: the insert itself and the "already stored?" lookup.
import { z } from 'zod';
import { spanKey, type SpanRow } from '@/ingest/pipeline/span-row';
import type { ClickHouseStore } from '@/lib/clickhouse/client';
import { insertRows, selectRows } from '@/lib/clickhouse/query';

const TAG = { feature: 'ingest.writer' } as const;

export async function insertSpanRows(store: ClickHouseStore, rows: SpanRow[], deduplicationToken: string): Promise<void> {
  await insertRows(store, {
    table: 'spans',
    rows,
    tag: TAG,
    settings: {
      insert_deduplication_token: deduplicationToken,
      // The rollups fed by materialized views must drop a deduplicated block as well.
      deduplicate_blocks_in_dependent_materialized_views: 1,
      ...(store.mode === 'server' ? { async_insert: 0, insert_distributed_sync: 1 } : {}),
    },
  });
}

const storedRow = z.object({ project_id: z.string(), trace_id: z.string(), span_id: z.string() });

/** Keys of the given rows that are already in `spans`, looked up by project, time range and trace id. */
export async function findStoredSpans(store: ClickHouseStore, rows: readonly SpanRow[]): Promise<Set<string>> {
  const byProject = new Map<string, SpanRow[]>();
  for (const row of rows) {
    const list = byProject.get(row.project_id);
    if (list) list.push(row);
    else byProject.set(row.project_id, [row]);
  }
  const found = new Set<string>();
  for (const [projectId, list] of byProject) {
    let from = list[0]?.start_time ?? '0';
    let to = from;
    for (const r of list) {
      if (BigInt(r.start_time) < BigInt(from)) from = r.start_time;
      if (BigInt(r.start_time) > BigInt(to)) to = r.start_time;
    }
    const stored = await selectRows(store, {
      sql: `SELECT project_id, trace_id, span_id FROM spans
WHERE project_id = {projectId:String}
  AND start_time BETWEEN fromUnixTimestamp64Nano({from:Int64}, 'UTC') AND fromUnixTimestamp64Nano({to:Int64}, 'UTC')
  AND trace_id IN {traceIds:Array(String)}
  AND span_id IN {spanIds:Array(String)}`,
      params: {
        projectId,
        from,
        to,
        traceIds: [...new Set(list.map((r) => r.trace_id))],
        spanIds: list.map((r) => r.span_id),
      },
      tag: { ...TAG, projectId },
      row: storedRow,
    });
    for (const r of stored) found.add(spanKey(r));
  }
  return found;
}
