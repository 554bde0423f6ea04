// DELETE /api/orgs/{org}/invitations/{id}: withdraw an open invitation.
import { z } from 'zod';
import { revokeInvitation } from '@/lib/accounts/revoke-invitation';
import { actorOf } from '@/lib/audit/actor';
import { requireOrg } from '@/lib/auth/access';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/api-error';

export const dynamic = 'force-dynamic';

export const DELETE = route(async (request: Request, context: { params: Promise<{ org: string; invitationId: string }> }) => {
  const params = await context.params;
  const access = await requireOrg(request, params.org, 'members.manage');
  await revokeInvitation(await getDb(), access.organization.id, z.uuid().parse(params.invitationId), actorOf(request, access.user));
  return Response.json({ ok: true });
});
