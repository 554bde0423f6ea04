// GET /api/orgs/{org}: the organisation and the caller's role; PATCH {name}: rename it.
import { z } from 'zod';
import { renameOrganization } from '@/lib/accounts/rename-organization';
import { actorOf } from '@/lib/audit/actor';
import { requireOrg } from '@/lib/auth/access';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/api-error';
import { jsonBody } from '@/lib/http/json-body';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ org: string }> };

export const GET = route(async (request: Request, context: Context) => {
  const access = await requireOrg(request, (await context.params).org, 'org.view');
  return Response.json({ organization: access.organization, role: access.role }, { headers: { 'Cache-Control': 'no-store' } });
});

export const PATCH = route(async (request: Request, context: Context) => {
  const access = await requireOrg(request, (await context.params).org, 'org.rename');
  const { name } = await jsonBody(request, z.object({ name: z.string().max(200) }));
  const renamed = await renameOrganization(await getDb(), access.organization, name, actorOf(request, access.user));
  return Response.json({ organization: { ...access.organization, name: renamed } });
});
