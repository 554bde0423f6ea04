// Login throttling per account and per address: too many failures within the window and further attempts are
// refused (without checking the password) until the oldest failure leaves the window.
import { countRecentAuditEvents } from '@/lib/db/queries/count-recent-audit-events';
import type { Database } from '@/lib/db/client';

export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export interface ThrottleDecision {
  readonly allowed: boolean;
  /** When refused: seconds until an attempt is allowed again. */
  readonly retryAfterSeconds?: number;
  readonly reason?: 'account' | 'address';
}

export async function checkSignInThrottle(db: Database, email: string, ip: string | undefined, now = new Date()): Promise<ThrottleDecision> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const checks: Array<Promise<ThrottleDecision | undefined>> = [
    countRecentAuditEvents(db, 'auth.sign_in_failed', { email }, since).then((r) =>
      r.count >= MAX_FAILURES_PER_ACCOUNT ? refuse('account', r.oldest, now) : undefined,
    ),
  ];
  if (ip) {
    checks.push(
      countRecentAuditEvents(db, 'auth.sign_in_failed', { ip }, since).then((r) =>
        r.count >= MAX_FAILURES_PER_ADDRESS ? refuse('address', r.oldest, now) : undefined,
      ),
    );
  }
  const refused = (await Promise.all(checks)).find((d) => d !== undefined);
  return refused ?? { allowed: true };
}

function refuse(reason: 'account' | 'address', oldest: Date | null, now: Date): ThrottleDecision {
  const reopens = (oldest?.getTime() ?? now.getTime()) + SIGN_IN_WINDOW_MS;
  return { allowed: false, reason, retryAfterSeconds: Math.max(1, Math.ceil((reopens - now.getTime()) / 1000)) };
}
