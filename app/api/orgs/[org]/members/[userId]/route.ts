// PATCH /api/orgs/{org}/members/{userId} {role}: change a member's organisation role; DELETE: remove them.
import { z } from 'zod';
import { ROLES } from '@/drizzle/schema/roles';
import { changeMemberRole } from '@/lib/accounts/change-member-role';
import { removeMember } from '@/lib/accounts/remove-member';
import { actorOf } from '@/lib/audit/actor';
import { requireOrg } from '@/lib/auth/access';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/api-error';
import { jsonBody } from '@/lib/http/json-body';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ org: string; userId: string }> };
const userId = z.uuid({ message: 'userId must be a member id' });

export const PATCH = route(async (request: Request, context: Context) => {
  const params = await context.params;
  const access = await requireOrg(request, params.org, 'members.manage');
  const { role } = await jsonBody(request, z.object({ role: z.enum(ROLES) }));
  await changeMemberRole(await getDb(), { id: access.organization.id, role: access.role }, userId.parse(params.userId), role, actorOf(request, access.user));
  return Response.json({ ok: true });
});

export const DELETE = route(async (request: Request, context: Context) => {
  const params = await context.params;
  const access = await requireOrg(request, params.org, 'members.manage');
  await removeMember(await getDb(), { id: access.organization.id, role: access.role }, userId.parse(params.userId), actorOf(request, access.user));
  return Response.json({ ok: true });
});
