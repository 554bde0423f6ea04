// One member of an organisation with their role and email, inside the caller's transaction; every membership change
// starts here and refuses a person who is not a member.
import { and, eq } from 'drizzle-orm';
import { memberships, users, type Role } from '@/drizzle/schema';
import type { Database } from '@/lib/db/client';
import { AccountError } from './account-error';

export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export async function findOrgMember(tx: Tx, organizationId: string, userId: string): Promise<{ role: Role; email: string }> {
  const [member] = await tx
    .select({ role: memberships.role, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)))
    .limit(1);
  if (!member) throw new AccountError('not_found', 'That person is not a member of this organisation.');
  return member;
}
