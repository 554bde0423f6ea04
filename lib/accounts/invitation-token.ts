// Invitation tokens: random, shown once inside the link, stored as SHA-256 like API keys.
import { createHash, randomBytes } from 'node:crypto';

export const INVITATION_DAYS = 7;

export function generateInvitationToken(): string {
  return randomBytes(24).toString('base64url');
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
