// Overrides a member's role in one project (or clears the override): `none` removes their access to it.
import { and, eq } from 'drizzle-orm';
import { projectMembers, type ProjectRole, type Role } from '@/drizzle/schema';
import { auditActor, type Actor } from '@/lib/audit/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { canAssignRole } from '@/lib/auth/permissions';
import type { Database } from '@/lib/db/client';
import { AccountError } from './account-error';
import { findOrgMember } from './find-org-member';

export async function setProjectRole(
  db: Database,
  org: { readonly id: string; readonly role: Role },
  project: { readonly id: string; readonly slug: string },
  userId: string,
  role: ProjectRole | null,
  actor: Actor,
): Promise<void> {
  await db.transaction(async (tx) => {
    const member = await findOrgMember(tx, org.id, userId);
    if (member.role === 'owner') throw new AccountError('conflict', 'Owners have every project; change their organisation role first.');
    if (!canAssignRole(org.role, member.role, role === null || role === 'none' ? 'viewer' : role)) {
      throw new AccountError('forbidden', `Your role (${org.role}) cannot change this member's access.`);
    }
    if (role === null) {
      await tx.delete(projectMembers).where(and(eq(projectMembers.projectId, project.id), eq(projectMembers.userId, userId)));
    } else {
      await tx.insert(projectMembers).values({ projectId: project.id, userId, role }).onConflictDoUpdate({ target: [projectMembers.projectId, projectMembers.userId], set: { role } });
    }
    await recordAudit(tx, {
      action: 'member.project_role_changed',
      organizationId: org.id,
      projectId: project.id,
      target: member.email,
      details: { project: project.slug, role: role ?? `organisation role (${member.role})` },
      ...auditActor(actor),
    });
  });
}
