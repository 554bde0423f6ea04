// Accepting an invitation: the link is used up atomically (a second use finds nothing), then the account joins the
// organisation with the invited role. A new person registers with the same call (name + password).
import { and, eq, gt, isNull } from 'drizzle-orm';
import { invitations, memberships, organizations, users } from '@/drizzle/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { hashPassword, passwordProblem } from '@/lib/auth/passwords';
import type { Database } from '@/lib/db/client';
import { AccountError } from './account-error';
import { hashInvitationToken } from './invitation-token';
import { cleanName } from './slugs';

export type InvitationAccepter =
  | { readonly kind: 'existing'; readonly userId: string; readonly email: string }
  | { readonly kind: 'new'; readonly email: string; readonly name: string; readonly password: string };

export interface AcceptedInvitation {
  readonly userId: string;
  readonly email: string;
  readonly organization: { readonly id: string; readonly slug: string; readonly name: string };
  readonly role: string;
  readonly alreadyMember: boolean;
}

export async function acceptInvitation(
  db: Database,
  token: string,
  who: InvitationAccepter,
  origin: { readonly ip?: string; readonly userAgent?: string },
): Promise<AcceptedInvitation> {
  const email = who.email.trim().toLowerCase();
  let passwordHash: string | undefined;
  if (who.kind === 'new') {
    const problem = passwordProblem(who.password, email);
    if (problem) throw new AccountError('invalid', problem);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new AccountError('invalid', 'Enter a valid email address.');
    passwordHash = await hashPassword(who.password);
  }
  return db.transaction(async (tx) => {
    const [invitation] = await tx
      .select()
      .from(invitations)
      .where(and(eq(invitations.tokenHash, hashInvitationToken(token)), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date())))
      .limit(1);
    if (!invitation) throw new AccountError('gone', 'This invitation link is not valid any more (used, revoked or expired). Ask for a new one.');
    if (invitation.email && invitation.email !== email) {
      throw new AccountError('forbidden', `This invitation is for ${invitation.email}; sign in with that address or ask for a new link.`);
    }

    let userId: string;
    if (who.kind === 'existing') {
      userId = who.userId;
    } else {
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
      if (existing) throw new AccountError('conflict', 'An account with this email exists: sign in first, then open the invitation link again.');
      const [created] = await tx.insert(users).values({ email, name: cleanName(who.name, 'person'), passwordHash }).returning({ id: users.id });
      if (!created) throw new Error('The account was not stored');
      userId = created.id;
    }

    // Used up here, inside the transaction: of two concurrent acceptances only one updates the row.
    const used = await tx
      .update(invitations)
      .set({ acceptedAt: new Date(), acceptedBy: userId })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
      .returning({ id: invitations.id });
    if (used.length === 0) throw new AccountError('gone', 'This invitation link was just used by someone else. Ask for a new one.');

    const [org] = await tx.select().from(organizations).where(eq(organizations.id, invitation.organizationId)).limit(1);
    if (!org) throw new AccountError('gone', 'The organisation of this invitation no longer exists.');
    const joined = await tx.insert(memberships).values({ organizationId: org.id, userId, role: invitation.role }).onConflictDoNothing().returning({ role: memberships.role });
    await recordAudit(tx, {
      action: 'member.joined',
      organizationId: org.id,
      actorUserId: userId,
      actorEmail: email,
      target: email,
      details: { role: invitation.role, alreadyMember: joined.length === 0, newAccount: who.kind === 'new' },
      ip: origin.ip ?? null,
      userAgent: origin.userAgent ?? null,
    });
    return { userId, email, organization: { id: org.id, slug: org.slug, name: org.name }, role: invitation.role, alreadyMember: joined.length === 0 };
  });
}
