// How many entries of one action an account or an address produced since a moment, and the oldest of them: sign-in
// throttling reads its failures from the audit log, so every app process sees the same count.
import { and, count, eq, gte, min } from 'drizzle-orm';
import { auditLog } from '@/drizzle/schema';
import type { AuditAction } from '@/lib/audit/actions';
import type { Database } from '@/lib/db/client';

export interface RecentCount {
  readonly count: number;
  readonly oldest: Date | null;
}

export async function countRecentAuditEvents(
  db: Database,
  action: AuditAction,
  by: { readonly email: string } | { readonly ip: string },
  since: Date,
): Promise<RecentCount> {
  const who = 'email' in by ? eq(auditLog.actorEmail, by.email) : eq(auditLog.ip, by.ip);
  const [row] = await db
    .select({ count: count(), oldest: min(auditLog.createdAt) })
    .from(auditLog)
    .where(and(eq(auditLog.action, action), who, gte(auditLog.createdAt, since)));
  return { count: row?.count ?? 0, oldest: row?.oldest ?? null };
}
