// An organisation's invitations that can still be used (the token itself is never stored, so never listed).
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { invitations, users, type Role } from '@/drizzle/schema';
import type { Database } from '@/lib/db/client';

export interface InvitationSummary {
  readonly id: string;
  readonly role: Role;
  readonly email: string | null;
  readonly createdBy: string | null;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

export async function listOpenInvitations(db: Database, organizationId: string): Promise<InvitationSummary[]> {
  return db
    .select({ id: invitations.id, role: invitations.role, email: invitations.email, createdBy: users.email, createdAt: invitations.createdAt, expiresAt: invitations.expiresAt })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.createdBy))
    .where(and(eq(invitations.organizationId, organizationId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date())))
    .orderBy(desc(invitations.createdAt));
}
