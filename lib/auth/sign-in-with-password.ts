// Email + password sign-in: throttled per account and address, every failure in the audit log (which is also what
// the throttle counts), the same answer and timing whether or not the account exists.
import { eq } from 'drizzle-orm';
import { users, type User } from '@/drizzle/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Database } from '@/lib/db/client';
import { findUserByEmail } from '@/lib/db/queries/find-user-by-email';
import { verifyPassword } from './passwords';
import { checkSignInThrottle } from './sign-in-throttle';

export type PasswordSignIn =
  | { readonly ok: true; readonly user: User }
  | { readonly ok: false; readonly reason: 'invalid' }
  | { readonly ok: false; readonly reason: 'throttled'; readonly retryAfterSeconds: number };

export interface SignInOrigin {
  readonly ip?: string;
  readonly userAgent?: string;
}

export async function signInWithPassword(db: Database, emailInput: string, password: string, origin: SignInOrigin): Promise<PasswordSignIn> {
  const email = emailInput.trim().toLowerCase().slice(0, 320);
  const throttle = await checkSignInThrottle(db, email, origin.ip);
  if (!throttle.allowed) {
    await recordAudit(db, { action: 'auth.sign_in_throttled', actorEmail: email, ip: origin.ip, userAgent: origin.userAgent, details: { by: throttle.reason } });
    return { ok: false, reason: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds ?? 60 };
  }
  const user = await findUserByEmail(db, email);
  const valid = await verifyPassword(user?.passwordHash, password);
  if (!user || !valid) {
    await recordAudit(db, {
      action: 'auth.sign_in_failed',
      actorUserId: user?.id,
      actorEmail: email,
      ip: origin.ip,
      userAgent: origin.userAgent,
      details: { reason: user ? 'wrong password' : 'unknown account' },
    });
    return { ok: false, reason: 'invalid' };
  }
  await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
  await recordAudit(db, { action: 'auth.sign_in', actorUserId: user.id, actorEmail: email, ip: origin.ip, userAgent: origin.userAgent, details: { method: 'password' } });
  return { ok: true, user };
}
