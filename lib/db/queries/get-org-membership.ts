// A user's role in one organisation (by slug); undefined when they are not a member or it does not exist.
import { and, eq } from 'drizzle-orm';
import { memberships, organizations, type Role } from '@/drizzle/schema';
import type { Database } from '@/lib/db/client';

export interface OrgMembership {
  readonly organization: { readonly id: string; readonly slug: string; readonly name: string };
  readonly role: Role;
}

export async function getOrgMembership(db: Database, userId: string, orgSlug: string): Promise<OrgMembership | undefined> {
  const rows = await db
    .select({ id: organizations.id, slug: organizations.slug, name: organizations.name, role: memberships.role })
    .from(organizations)
    .innerJoin(memberships, and(eq(memberships.organizationId, organizations.id), eq(memberships.userId, userId)))
    .where(eq(organizations.slug, orgSlug))
    .limit(1);
  const r = rows[0];
  return r ? { organization: { id: r.id, slug: r.slug, name: r.name }, role: r.role } : undefined;
}
