// An organisation's members with their roles and per-project overrides: the members page.
import { and, asc, eq } from 'drizzle-orm';
import { memberships, projectMembers, projects, users, type ProjectRole, type Role } from '@/drizzle/schema';
import type { Database } from '@/lib/db/client';

export interface MemberSummary {
  readonly userId: string;
  readonly email: string;
  readonly name: string | null;
  readonly role: Role;
  readonly joinedAt: Date;
  readonly lastSignInAt: Date | null;
  /** Project slug -> role in that project, where it differs from the organisation role. */
  readonly projectRoles: Record<string, ProjectRole>;
}

export async function listMembers(db: Database, organizationId: string): Promise<MemberSummary[]> {
  const rows = await db
    .select({ userId: users.id, email: users.email, name: users.name, role: memberships.role, joinedAt: memberships.createdAt, lastSignInAt: users.lastSignInAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, organizationId))
    .orderBy(asc(users.email));
  const overrides = await db
    .select({ userId: projectMembers.userId, slug: projects.slug, role: projectMembers.role })
    .from(projectMembers)
    .innerJoin(projects, and(eq(projects.id, projectMembers.projectId), eq(projects.organizationId, organizationId)));
  return rows.map((r) => ({
    ...r,
    projectRoles: Object.fromEntries(overrides.filter((o) => o.userId === r.userId).map((o) => [o.slug, o.role])),
  }));
}
