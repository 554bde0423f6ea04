// Changes a member's organisation role. Admins manage everyone but owners; an organisation always keeps an owner.
import { and, count, eq } from 'drizzle-orm';
import { memberships, type Role } from '@/drizzle/schema';
import { auditActor, type Actor } from '@/lib/audit/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { canAssignRole } from '@/lib/auth/permissions';
import type { Database } from '@/lib/db/client';
import { AccountError } from './account-error';
import { findOrgMember, type Tx } from './find-org-member';

export async function countOwners(tx: Tx, organizationId: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(memberships).where(and(eq(memberships.organizationId, organizationId), eq(memberships.role, 'owner')));
  return row?.n ?? 0;
}

export async function changeMemberRole(
  db: Database,
  org: { readonly id: string; readonly role: Role },
  userId: string,
  role: Role,
  actor: Actor,
): Promise<void> {
  await db.transaction(async (tx) => {
    const member = await findOrgMember(tx, org.id, userId);
    if (!canAssignRole(org.role, member.role, role)) throw new AccountError('forbidden', `Your role (${org.role}) cannot change a ${member.role} to ${role}.`);
    if (member.role === role) return;
    if (member.role === 'owner' && (await countOwners(tx, org.id)) <= 1) {
      throw new AccountError('conflict', 'This is the last owner: make someone else an owner first.');
    }
    await tx.update(memberships).set({ role }).where(and(eq(memberships.organizationId, org.id), eq(memberships.userId, userId)));
    await recordAudit(tx, { action: 'member.role_changed', organizationId: org.id, target: member.email, details: { from: member.role, to: role }, ...auditActor(actor) });
  });
}
