// PUT /api/projects/{project}/members/{userId} {role}: a member's role in this project (`none`: no access);
// {role: null} returns them to their organisation role. Needs members.manage in the organisation.
import { z } from 'zod';
import { PROJECT_ROLES } from '@/drizzle/schema/roles';
import { setProjectRole } from '@/lib/accounts/set-project-role';
import { actorOf } from '@/lib/audit/actor';
import { requireProject } from '@/lib/auth/access';
import { can } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { ApiError, route } from '@/lib/http/api-error';
import { jsonBody } from '@/lib/http/json-body';

export const dynamic = 'force-dynamic';

export const PUT = route(async (request: Request, context: { params: Promise<{ project: string; userId: string }> }) => {
  const params = await context.params;
  const access = await requireProject(request, params.project, 'project.view');
  if (!can(access.orgRole, 'members.manage')) throw new ApiError(403, `Your organisation role (${access.orgRole}) does not allow members.manage.`);
  const { role } = await jsonBody(request, z.object({ role: z.enum(PROJECT_ROLES).nullable() }));
  await setProjectRole(await getDb(), { id: access.organization.id, role: access.orgRole }, { id: access.project.id, slug: access.project.slug }, z.uuid().parse(params.userId), role, actorOf(request, access.user));
  return Response.json({ ok: true });
});
