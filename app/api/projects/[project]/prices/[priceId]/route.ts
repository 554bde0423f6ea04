// DELETE /api/projects/{project}/prices/{priceId}: remove a price override (new spans fall back to the catalog).
import { z } from 'zod';
import { actorOf, auditActor } from '@/lib/audit/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { requireProject } from '@/lib/auth/access';
import { getPostgres } from '@/lib/db/client';
import { deletePriceOverride } from '@/lib/db/queries/delete-price-override';
import { ApiError, route } from '@/lib/http/api-error';

export const dynamic = 'force-dynamic';

export const DELETE = route(async (request: Request, context: { params: Promise<{ project: string; priceId: string }> }) => {
  const params = await context.params;
  const access = await requireProject(request, params.project, 'prices.manage');
  const store = await getPostgres();
  const removed = await deletePriceOverride(store.db, access.project.id, z.uuid().parse(params.priceId));
  if (!removed) throw new ApiError(404, 'No price override with that id in this project.');
  await recordAudit(store.db, {
    action: 'price.removed',
    organizationId: access.organization.id,
    projectId: access.project.id,
    target: removed.modelPattern,
    details: { provider: removed.provider, effectiveFrom: removed.effectiveFrom.toISOString() },
    ...auditActor(actorOf(request, access.user)),
  });
  await store.notify('tokenmeter_project_settings', access.project.id);
  return Response.json({ ok: true });
});
