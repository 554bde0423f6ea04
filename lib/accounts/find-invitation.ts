// What an invitation link leads to, for the page that shows it before it is accepted.
import { eq } from 'drizzle-orm';
import { invitations, organizations, type Role } from '@/drizzle/schema';
import type { Database } from '@/lib/db/client';
import { hashInvitationToken } from './invitation-token';

export interface InvitationView {
  readonly organizationName: string;
  readonly role: Role;
  readonly email: string | null;
  readonly expiresAt: Date;
  readonly state: 'open' | 'accepted' | 'revoked' | 'expired';
}

export async function findInvitation(db: Database, token: string): Promise<InvitationView | undefined> {
  const [row] = await db
    .select({ organizationName: organizations.name, role: invitations.role, email: invitations.email, expiresAt: invitations.expiresAt, acceptedAt: invitations.acceptedAt, revokedAt: invitations.revokedAt })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(eq(invitations.tokenHash, hashInvitationToken(token)))
    .limit(1);
  if (!row) return undefined;
  const state = row.acceptedAt ? 'accepted' : row.revokedAt ? 'revoked' : row.expiresAt.getTime() <= Date.now() ? 'expired' : 'open';
  return { organizationName: row.organizationName, role: row.role, email: row.email, expiresAt: row.expiresAt, state };
}
