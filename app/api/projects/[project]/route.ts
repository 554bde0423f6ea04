// GET /api/projects/{project}: the project and the caller's role and permissions in it; PATCH {name}: rename.
import { z } from 'zod';
import { renameProject } from '@/lib/accounts/rename-project';
import { actorOf } from '@/lib/audit/actor';
import { requireProject } from '@/lib/auth/access';
import { permissionsOf } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/api-error';
import { jsonBody } from '@/lib/http/json-body';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ project: string }> };

export const GET = route(async (request: Request, context: Context) => {
  const access = await requireProject(request, (await context.params).project, 'project.view');
  return Response.json(
    { project: access.project, organization: access.organization, role: access.role, permissions: permissionsOf(access.role) },
    { headers: { 'Cache-Control': 'no-store' } },
  );
});

export const PATCH = route(async (request: Request, context: Context) => {
  const access = await requireProject(request, (await context.params).project, 'project.rename');
  const { name } = await jsonBody(request, z.object({ name: z.string().max(200) }));
  const renamed = await renameProject(await getDb(), { id: access.project.id, organizationId: access.organization.id, name: access.project.name }, name, actorOf(request, access.user));
  return Response.json({ project: { ...access.project, name: renamed } });
});
