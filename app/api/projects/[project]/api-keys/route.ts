// GET /api/projects/{project}/api-keys: the project's keys (never the keys themselves); POST {name, scopes,
// spanRateLimit?, readRateLimit?}: a new key, returned in full this once.
import { z } from 'zod';
import { API_KEY_SCOPES } from '@/drizzle/schema/roles';
import { createApiKey } from '@/lib/accounts/create-api-key';
import { actorOf } from '@/lib/audit/actor';
import { requireProject } from '@/lib/auth/access';
import { getDb, getPostgres } from '@/lib/db/client';
import { listApiKeys } from '@/lib/db/queries/list-api-keys';
import { route } from '@/lib/http/api-error';
import { jsonBody } from '@/lib/http/json-body';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ project: string }> };

export const GET = route(async (request: Request, context: Context) => {
  const access = await requireProject(request, (await context.params).project, 'keys.view');
  return Response.json({ keys: await listApiKeys(await getDb(), access.project.id) }, { headers: { 'Cache-Control': 'no-store' } });
});

const limit = z.number().int().min(1).max(10_000_000).nullable().optional();
const body = z.object({ name: z.string().max(200), scopes: z.array(z.enum(API_KEY_SCOPES)).min(1).max(2), spanRateLimit: limit, readRateLimit: limit });

export const POST = route(async (request: Request, context: Context) => {
  const access = await requireProject(request, (await context.params).project, 'keys.manage');
  const input = await jsonBody(request, body);
  const created = await createApiKey(await getPostgres(), { id: access.project.id, organizationId: access.organization.id, slug: access.project.slug }, input, actorOf(request, access.user));
  return Response.json(created, { status: 201, headers: { 'Cache-Control': 'no-store' } });
});
