// A page of a project's spans in a time range, newest first, continuing after a cursor.
import type { ClickHouseStore } from '@/lib/clickhouse/client';
import { selectRows } from '@/lib/clickhouse/query';
import { SPAN_COLUMNS, spanRow, type SpanRecord } from './span-columns';

export interface SpanCursor {
  readonly startNs: string;
  readonly traceId: string;
  readonly spanId: string;
}

export interface ListSpansInput {
  readonly projectId: string;
  readonly fromNs: string;
  readonly toNs: string;
  readonly limit: number;
  readonly after?: SpanCursor;
}

export async function listSpans(store: ClickHouseStore, input: ListSpansInput): Promise<SpanRecord[]> {
  const after = input.after;
  return selectRows(store, {
    sql: `SELECT ${SPAN_COLUMNS} FROM spans
WHERE project_id = {projectId:String}
  AND start_time >= fromUnixTimestamp64Nano({fromNs:Int64}, 'UTC')
  AND start_time < fromUnixTimestamp64Nano({toNs:Int64}, 'UTC')
  AND ({hasCursor:UInt8} = 0 OR (start_time, trace_id, span_id) <
      (fromUnixTimestamp64Nano({cursorNs:Int64}, 'UTC'), {cursorTrace:String}, {cursorSpan:String}))
ORDER BY start_time DESC, trace_id DESC, span_id DESC
LIMIT {limit:UInt32}`,
    params: {
      projectId: input.projectId,
      fromNs: input.fromNs,
      toNs: input.toNs,
      hasCursor: after ? 1 : 0,
      cursorNs: after?.startNs ?? '0',
      cursorTrace: after?.traceId ?? '',
      cursorSpan: after?.spanId ?? '',
      limit: input.limit,
    },
    tag: { feature: 'api.spans', projectId: input.projectId },
    row: spanRow,
  });
}
