// GET /api/orgs/{org}/members: members, their roles and project overrides.
import { requireOrg } from '@/lib/auth/access';
import { getDb } from '@/lib/db/client';
import { listMembers } from '@/lib/db/queries/list-members';
import { route } from '@/lib/http/api-error';

export const dynamic = 'force-dynamic';

export const GET = route(async (request: Request, context: { params: Promise<{ org: string }> }) => {
  const access = await requireOrg(request, (await context.params).org, 'members.view');
  return Response.json({ members: await listMembers(await getDb(), access.organization.id) }, { headers: { 'Cache-Control': 'no-store' } });
});
