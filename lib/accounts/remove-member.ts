// Removes someone from an organisation (and their project overrides there). Access ends with their next request:
// sessions carry no roles, every request reads them.
import { and, eq, inArray } from 'drizzle-orm';
import { memberships, projectMembers, projects, type Role } from '@/drizzle/schema';
import { auditActor, type Actor } from '@/lib/audit/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { canAssignRole } from '@/lib/auth/permissions';
import type { Database } from '@/lib/db/client';
import { AccountError } from './account-error';
import { findOrgMember } from './find-org-member';
import { countOwners } from './change-member-role';

export async function removeMember(db: Database, org: { readonly id: string; readonly role: Role }, userId: string, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    const member = await findOrgMember(tx, org.id, userId);
    if (userId !== actor.userId && !canAssignRole(org.role, member.role, 'viewer')) {
      throw new AccountError('forbidden', `Your role (${org.role}) cannot remove a ${member.role}.`);
    }
    if (member.role === 'owner' && (await countOwners(tx, org.id)) <= 1) {
      throw new AccountError('conflict', 'This is the last owner: make someone else an owner first.');
    }
    const orgProjects = tx.select({ id: projects.id }).from(projects).where(eq(projects.organizationId, org.id));
    await tx.delete(projectMembers).where(and(eq(projectMembers.userId, userId), inArray(projectMembers.projectId, orgProjects)));
    await tx.delete(memberships).where(and(eq(memberships.organizationId, org.id), eq(memberships.userId, userId)));
    await recordAudit(tx, { action: 'member.removed', organizationId: org.id, target: member.email, details: { role: member.role }, ...auditActor(actor) });
  });
}
