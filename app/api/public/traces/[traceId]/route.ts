// GET /api/public/traces/{traceId}: every span of one trace of the key's project.
import { getClickHouse } from '@/lib/clickhouse/client';
import { getTraceSpans } from '@/lib/clickhouse/queries/spans/get-trace-spans';
import { ApiError, route } from '@/lib/http/api-error';
import { authenticateApiKey } from '@/lib/http/authenticate-api-key';
import { toApiSpansWithAttribution } from '@/lib/spans/load-api-spans';

export const dynamic = 'force-dynamic';

export const GET = route(async (request: Request, context: { params: Promise<{ traceId: string }> }) => {
  const grant = await authenticateApiKey(request, 'read');
  const { traceId } = await context.params;
  const id = traceId.toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(id)) throw new ApiError(400, 'traceId must be 32 hexadecimal characters.');
  const store = await getClickHouse();
  const spans = await getTraceSpans(store, grant.projectId, id);
  if (spans.length === 0) throw new ApiError(404, `No trace ${id} in this project.`);
  const body = { traceId: id, spans: await toApiSpansWithAttribution(store, grant.projectId, spans) };
  return Response.json(body, { headers: { 'Cache-Control': 'no-store' } });
});
