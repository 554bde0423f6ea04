// A user's standing in one project (by slug): the project, its organisation, the organisation role and the project's
// override. Undefined when the project does not exist or the user is not in its organisation.
import { and, eq } from 'drizzle-orm';
import { memberships, organizations, projectMembers, projects, type ProjectRole, type Role } from '@/drizzle/schema';
import type { Database } from '@/lib/db/client';

export interface ProjectMembership {
  readonly project: { readonly id: string; readonly slug: string; readonly name: string; readonly retentionDays: number };
  readonly organization: { readonly id: string; readonly slug: string; readonly name: string };
  readonly orgRole: Role;
  readonly override: ProjectRole | null;
}

export async function getProjectMembership(db: Database, userId: string, projectSlug: string): Promise<ProjectMembership | undefined> {
  const rows = await db
    .select({
      projectId: projects.id,
      projectSlug: projects.slug,
      projectName: projects.name,
      retentionDays: projects.retentionDays,
      orgId: organizations.id,
      orgSlug: organizations.slug,
      orgName: organizations.name,
      orgRole: memberships.role,
      override: projectMembers.role,
    })
    .from(projects)
    .innerJoin(organizations, eq(organizations.id, projects.organizationId))
    .innerJoin(memberships, and(eq(memberships.organizationId, projects.organizationId), eq(memberships.userId, userId)))
    .leftJoin(projectMembers, and(eq(projectMembers.projectId, projects.id), eq(projectMembers.userId, userId)))
    .where(eq(projects.slug, projectSlug))
    .limit(1);
  const r = rows[0];
  if (!r) return undefined;
  return {
    project: { id: r.projectId, slug: r.projectSlug, name: r.projectName, retentionDays: r.retentionDays },
    organization: { id: r.orgId, slug: r.orgSlug, name: r.orgName },
    orgRole: r.orgRole,
    override: r.override,
  };
}
