// GET /api/public/spans?from&to&limit&cursor: the key's project's spans in a time range, newest first.
import { z } from 'zod';
import { getClickHouse } from '@/lib/clickhouse/client';
import { listSpans, type SpanCursor } from '@/lib/clickhouse/queries/spans/list-spans';
import { ApiError, route } from '@/lib/http/api-error';
import { authenticateApiKey } from '@/lib/http/authenticate-api-key';
import { timeParam } from '@/lib/http/time-param';
import { toApiSpansWithAttribution } from '@/lib/spans/load-api-spans';

export const dynamic = 'force-dynamic';

const query = z.object({
  from: timeParam,
  to: timeParam.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().optional(),
});

function decodeCursor(cursor: string): SpanCursor {
  try {
    const parsed = z
      .object({ startNs: z.string().regex(/^\d+$/), traceId: z.string(), spanId: z.string() })
      .parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed;
  } catch {
    throw new ApiError(400, 'cursor is not one this API returned; start again without it.');
  }
}

function encodeCursor(c: SpanCursor): string {
  return Buffer.from(JSON.stringify(c), 'utf8').toString('base64url');
}

export const GET = route(async (request: Request) => {
  const grant = await authenticateApiKey(request, 'read');
  const params = Object.fromEntries(new URL(request.url).searchParams);
  if (!params.from) throw new ApiError(400, 'from is required: an RFC 3339 timestamp or epoch milliseconds.');
  const q = query.parse(params);
  const toNs = q.to ?? (BigInt(Date.now()) * 1_000_000n).toString();
  const store = await getClickHouse();
  const rows = await listSpans(store, {
    projectId: grant.projectId,
    fromNs: q.from,
    toNs,
    limit: q.limit,
    after: q.cursor ? decodeCursor(q.cursor) : undefined,
  });
  const last = rows.length === q.limit ? rows[rows.length - 1] : undefined;
  return Response.json(
    {
      spans: await toApiSpansWithAttribution(store, grant.projectId, rows),
      nextCursor: last ? encodeCursor({ startNs: last.start_ns, traceId: last.trace_id, spanId: last.span_id }) : null,
    },
    { headers: { 'Cache-Control': 'no-store' } },
  );
});
