// Withdraws an open invitation link.
import { and, eq, isNull } from 'drizzle-orm';
import { invitations } from '@/drizzle/schema';
import { auditActor, type Actor } from '@/lib/audit/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Database } from '@/lib/db/client';
import { AccountError } from './account-error';

export async function revokeInvitation(db: Database, organizationId: string, invitationId: string, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(and(eq(invitations.id, invitationId), eq(invitations.organizationId, organizationId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .returning({ email: invitations.email, role: invitations.role });
    if (!row) throw new AccountError('not_found', 'No open invitation with that id in this organisation.');
    await recordAudit(tx, { action: 'member.invitation_revoked', organizationId, target: row.email ?? 'link', details: { role: row.role }, ...auditActor(actor) });
  });
}
