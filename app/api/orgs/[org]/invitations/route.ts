// GET /api/orgs/{org}/invitations: open invitations; POST {role, email?}: a new one-use link (shown once).
import { z } from 'zod';
import { ROLES } from '@/drizzle/schema/roles';
import { createInvitation } from '@/lib/accounts/create-invitation';
import { actorOf } from '@/lib/audit/actor';
import { requireOrg } from '@/lib/auth/access';
import { getDb } from '@/lib/db/client';
import { listOpenInvitations } from '@/lib/db/queries/list-invitations';
import { route } from '@/lib/http/api-error';
import { invitationLink } from '@/lib/http/invitation-link';
import { jsonBody } from '@/lib/http/json-body';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ org: string }> };

export const GET = route(async (request: Request, context: Context) => {
  const access = await requireOrg(request, (await context.params).org, 'members.manage');
  return Response.json({ invitations: await listOpenInvitations(await getDb(), access.organization.id) }, { headers: { 'Cache-Control': 'no-store' } });
});

const body = z.object({ role: z.enum(ROLES), email: z.union([z.email(), z.literal('')]).optional() });

export const POST = route(async (request: Request, context: Context) => {
  const access = await requireOrg(request, (await context.params).org, 'members.manage');
  const input = await jsonBody(request, body);
  const created = await createInvitation(await getDb(), { id: access.organization.id, role: access.role }, { role: input.role, email: input.email || undefined }, actorOf(request, access.user));
  return Response.json({ id: created.id, link: invitationLink(request, created.token), expiresAt: created.expiresAt }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
});
