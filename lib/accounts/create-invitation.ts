// An invitation link into an organisation with a role: one use, expiring after INVITATION_DAYS. There is no mail
// server to rely on, so the link is returned for the inviter to pass on.
import { invitations, type Role } from '@/drizzle/schema';
import { auditActor, type Actor } from '@/lib/audit/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { canAssignRole } from '@/lib/auth/permissions';
import type { Database } from '@/lib/db/client';
import { AccountError } from './account-error';
import { generateInvitationToken, hashInvitationToken, INVITATION_DAYS } from './invitation-token';

export interface CreatedInvitation {
  readonly id: string;
  readonly token: string;
  readonly expiresAt: Date;
}

export async function createInvitation(
  db: Database,
  org: { readonly id: string; readonly role: Role },
  input: { readonly role: Role; readonly email?: string },
  actor: Actor,
): Promise<CreatedInvitation> {
  if (!canAssignRole(org.role, undefined, input.role)) {
    throw new AccountError('forbidden', `Your role (${org.role}) cannot invite someone as ${input.role}.`);
  }
  const email = input.email?.trim().toLowerCase() || null;
  const token = generateInvitationToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(invitations)
      .values({ organizationId: org.id, role: input.role, email, tokenHash: hashInvitationToken(token), createdBy: actor.userId, expiresAt })
      .returning({ id: invitations.id });
    if (!row) throw new Error('The invitation was not stored');
    await recordAudit(tx, { action: 'member.invited', organizationId: org.id, target: email ?? 'anyone with the link', details: { role: input.role, expiresAt: expiresAt.toISOString() }, ...auditActor(actor) });
    return { id: row.id, token, expiresAt };
  });
}
