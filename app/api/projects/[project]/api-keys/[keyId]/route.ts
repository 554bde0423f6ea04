// DELETE /api/projects/{project}/api-keys/{keyId}: revoke a key; the next request with it is refused.
import { z } from 'zod';
import { revokeApiKey } from '@/lib/accounts/revoke-api-key';
import { actorOf } from '@/lib/audit/actor';
import { requireProject } from '@/lib/auth/access';
import { getPostgres } from '@/lib/db/client';
import { route } from '@/lib/http/api-error';

export const dynamic = 'force-dynamic';

export const DELETE = route(async (request: Request, context: { params: Promise<{ project: string; keyId: string }> }) => {
  const params = await context.params;
  const access = await requireProject(request, params.project, 'keys.manage');
  await revokeApiKey(await getPostgres(), { id: access.project.id, organizationId: access.organization.id, slug: access.project.slug }, z.uuid().parse(params.keyId), actorOf(request, access.user));
  return Response.json({ ok: true });
});
