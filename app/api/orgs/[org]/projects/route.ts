// GET /api/orgs/{org}/projects: the organisation's projects; POST {name, slug?, retentionDays?}: create one.
import { z } from 'zod';
import { createProject } from '@/lib/accounts/create-project';
import { actorOf } from '@/lib/audit/actor';
import { requireOrg } from '@/lib/auth/access';
import { getDb } from '@/lib/db/client';
import { listOrgProjects } from '@/lib/db/queries/list-org-projects';
import { route } from '@/lib/http/api-error';
import { jsonBody } from '@/lib/http/json-body';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ org: string }> };

export const GET = route(async (request: Request, context: Context) => {
  const access = await requireOrg(request, (await context.params).org, 'org.view');
  return Response.json({ projects: await listOrgProjects(await getDb(), access.organization.id) }, { headers: { 'Cache-Control': 'no-store' } });
});

const body = z.object({ name: z.string().max(200), slug: z.string().max(63).optional(), retentionDays: z.number().int().optional() });

export const POST = route(async (request: Request, context: Context) => {
  const access = await requireOrg(request, (await context.params).org, 'projects.create');
  const input = await jsonBody(request, body);
  const project = await createProject(await getDb(), access.organization.id, input, actorOf(request, access.user));
  return Response.json({ project }, { status: 201 });
});
