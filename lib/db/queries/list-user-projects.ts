// Every project a user can open, with their role in it, grouped by organisation order: the project switcher.
import { and, asc, eq } from 'drizzle-orm';
import { memberships, organizations, projectMembers, projects, type Role } from '@/drizzle/schema';
import { effectiveProjectRole } from '@/lib/auth/effective-role';
import type { Database } from '@/lib/db/client';

export interface UserProject {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly organization: { readonly id: string; readonly slug: string; readonly name: string };
  readonly orgRole: Role;
  readonly role: Role;
}

export async function listUserProjects(db: Database, userId: string): Promise<UserProject[]> {
  const rows = await db
    .select({
      id: projects.id,
      slug: projects.slug,
      name: projects.name,
      orgId: organizations.id,
      orgSlug: organizations.slug,
      orgName: organizations.name,
      orgRole: memberships.role,
      override: projectMembers.role,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .innerJoin(projects, eq(projects.organizationId, organizations.id))
    .leftJoin(projectMembers, and(eq(projectMembers.projectId, projects.id), eq(projectMembers.userId, userId)))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organizations.name), asc(projects.name));
  const out: UserProject[] = [];
  for (const r of rows) {
    const role = effectiveProjectRole(r.orgRole, r.override);
    if (role) out.push({ id: r.id, slug: r.slug, name: r.name, organization: { id: r.orgId, slug: r.orgSlug, name: r.orgName }, orgRole: r.orgRole, role });
  }
  return out;
}
