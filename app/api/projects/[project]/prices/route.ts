// GET /api/projects/{project}/prices: the project's price overrides; POST {modelPattern, provider?, effectiveFrom,
// prices: {input, output, cache_read?, cache_write?, reasoning?} (USD per million tokens, decimal strings)}: add one.
// New spans are priced with it; repricing stored history is the cost explorer's job.
import { z } from 'zod';
import { actorOf, auditActor } from '@/lib/audit/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { requireProject } from '@/lib/auth/access';
import { getPostgres } from '@/lib/db/client';
import { listPriceOverrides } from '@/lib/db/queries/list-price-overrides';
import { route } from '@/lib/http/api-error';
import { jsonBody } from '@/lib/http/json-body';
import { addPriceOverride } from '@/lib/projects/update-project-settings';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ project: string }> };

export const GET = route(async (request: Request, context: Context) => {
  const access = await requireProject(request, (await context.params).project, 'costs.view');
  const rows = await listPriceOverrides((await getPostgres()).db, access.project.id);
  return Response.json(
    { overrides: rows.map((r) => ({ id: r.id, provider: r.provider, modelPattern: r.modelPattern, effectiveFrom: r.effectiveFrom, prices: r.prices, createdAt: r.createdAt })), editable: access.can('prices.manage') },
    { headers: { 'Cache-Control': 'no-store' } },
  );
});

const body = z.object({
  modelPattern: z.string().trim().min(1).max(200),
  provider: z.string().trim().max(100).optional(),
  effectiveFrom: z.string().max(40),
  prices: z.record(z.string(), z.string().max(40)),
});

export const POST = route(async (request: Request, context: Context) => {
  const access = await requireProject(request, (await context.params).project, 'prices.manage');
  const input = await jsonBody(request, body);
  const store = await getPostgres();
  const id = await addPriceOverride(store.db, { projectId: access.project.id, provider: input.provider || undefined, modelPattern: input.modelPattern, effectiveFrom: new Date(input.effectiveFrom), prices: input.prices });
  await recordAudit(store.db, {
    action: 'price.added',
    organizationId: access.organization.id,
    projectId: access.project.id,
    target: input.modelPattern,
    details: { provider: input.provider ?? null, effectiveFrom: input.effectiveFrom, prices: input.prices },
    ...auditActor(actorOf(request, access.user)),
  });
  await store.notify('tokenmeter_project_settings', access.project.id);
  return Response.json({ id }, { status: 201 });
});
