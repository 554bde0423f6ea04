// What the shell needs for the signed-in person: their projects and organisations with permissions.
import { permissionsOf } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { getDb } from '@/lib/db/client';
import { listUserOrganizations } from '@/lib/db/queries/list-user-organizations';
import { listUserProjects } from '@/lib/db/queries/list-user-projects';

export async function loadShell(user: SessionUser) {
  const db = await getDb();
  const [projects, organizations] = await Promise.all([listUserProjects(db, user.id), listUserOrganizations(db, user.id)]);
  return {
    user: { email: user.email, name: user.name },
    projects: projects.map((p) => ({ slug: p.slug, name: p.name, organization: p.organization.name, role: p.role, permissions: permissionsOf(p.role) })),
    organizations: organizations.map((o) => ({ slug: o.slug, name: o.name, permissions: permissionsOf(o.role) })),
  };
}
