// The organisations a user belongs to, with their role in each.
import { asc, eq } from 'drizzle-orm';
import { memberships, organizations, type Role } from '@/drizzle/schema';
import type { Database } from '@/lib/db/client';

export interface UserOrganization {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly role: Role;
}

export async function listUserOrganizations(db: Database, userId: string): Promise<UserOrganization[]> {
  return db
    .select({ id: organizations.id, slug: organizations.slug, name: organizations.name, role: memberships.role })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organizations.name));
}
