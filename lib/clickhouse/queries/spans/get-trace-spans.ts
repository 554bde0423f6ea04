// All spans of one trace of one project, in start order.
import type { ClickHouseStore } from '@/lib/clickhouse/client';
import { selectRows } from '@/lib/clickhouse/query';
import { SPAN_COLUMNS, spanRow, type SpanRecord } from './span-columns';

export async function getTraceSpans(store: ClickHouseStore, projectId: string, traceId: string): Promise<SpanRecord[]> {
  return selectRows(store, {
    sql: `SELECT ${SPAN_COLUMNS} FROM spans
WHERE project_id = {projectId:String} AND trace_id = {traceId:String}
ORDER BY start_time, span_id
LIMIT 100000`,
    params: { projectId, traceId },
    tag: { feature: 'api.trace', projectId },
    row: spanRow,
  });
}
