// GET /api/me: the signed-in account, its organisations and the projects it can open, with roles.
import { requireSession } from '@/lib/auth/access';
import { permissionsOf } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { listUserOrganizations } from '@/lib/db/queries/list-user-organizations';
import { listUserProjects } from '@/lib/db/queries/list-user-projects';
import { route } from '@/lib/http/api-error';

export const dynamic = 'force-dynamic';

export const GET = route(async (request: Request) => {
  const user = await requireSession(request);
  const db = await getDb();
  const [organizations, projects] = await Promise.all([listUserOrganizations(db, user.id), listUserProjects(db, user.id)]);
  return Response.json(
    {
      user,
      organizations: organizations.map((o) => ({ ...o, permissions: permissionsOf(o.role) })),
      projects: projects.map((p) => ({ slug: p.slug, name: p.name, organization: p.organization.slug, role: p.role, permissions: permissionsOf(p.role) })),
    },
    { headers: { 'Cache-Control': 'no-store' } },
  );
});
