// GET /api/public/cost?from&to: cost and usage of the key's project by tenant and feature, attribution resolved per
// trace. Cost figures are decimal strings (USD); "(unattributed)" collects traces with no tenant or feature.
import { z } from 'zod';
import { getClickHouse } from '@/lib/clickhouse/client';
import { getCostByAttribution } from '@/lib/clickhouse/queries/cost/get-cost-by-attribution';
import { ApiError, route } from '@/lib/http/api-error';
import { authenticateApiKey } from '@/lib/http/authenticate-api-key';
import { timeParam } from '@/lib/http/time-param';
import { trimDecimal } from '@/lib/spans/to-api-span';

export const dynamic = 'force-dynamic';

const query = z.object({ from: timeParam, to: timeParam.optional() });

export const GET = route(async (request: Request) => {
  const grant = await authenticateApiKey(request, 'read');
  const params = Object.fromEntries(new URL(request.url).searchParams);
  if (!params.from) throw new ApiError(400, 'from is required: an RFC 3339 timestamp or epoch milliseconds.');
  const q = query.parse(params);
  const rows = await getCostByAttribution(await getClickHouse(), {
    projectId: grant.projectId,
    fromNs: q.from,
    toNs: q.to ?? (BigInt(Date.now()) * 1_000_000n).toString(),
  });
  return Response.json(
    {
      rows: rows.map((r) => ({
        tenantId: r.tenant_id,
        feature: r.feature,
        traces: r.traces,
        llmCalls: r.llm_calls,
        unpricedCalls: r.unpriced_calls,
        cost: trimDecimal(r.cost_total),
        usage: r.usage,
      })),
    },
    { headers: { 'Cache-Control': 'no-store' } },
  );
});
