// An organisation's audit log, newest first, in pages (keyset on id), optionally one action only. Account events that
// belong to no organisation (sign-in failures, sign-outs) are shown to every organisation the account is a member of.
import { and, desc, eq, inArray, isNull, lt, or, type SQL } from 'drizzle-orm';
import { auditLog, memberships, projects, type AuditEntry } from '@/drizzle/schema';
import type { AuditAction } from '@/lib/audit/actions';
import type { Database } from '@/lib/db/client';

export interface AuditPage {
  readonly entries: Array<AuditEntry & { projectSlug: string | null }>;
  readonly nextBefore: number | null;
}

export async function listAuditEntries(
  db: Database,
  organizationId: string,
  options: { readonly before?: number; readonly action?: AuditAction; readonly limit?: number } = {},
): Promise<AuditPage> {
  const limit = Math.min(options.limit ?? 50, 200);
  const members = db.select({ id: memberships.userId }).from(memberships).where(eq(memberships.organizationId, organizationId));
  const ofOrg = or(eq(auditLog.organizationId, organizationId), and(isNull(auditLog.organizationId), inArray(auditLog.actorUserId, members)));
  const where: SQL[] = ofOrg ? [ofOrg] : [];
  if (options.before) where.push(lt(auditLog.id, options.before));
  if (options.action) where.push(eq(auditLog.action, options.action));
  const rows = await db
    .select({ entry: auditLog, projectSlug: projects.slug })
    .from(auditLog)
    .leftJoin(projects, eq(projects.id, auditLog.projectId))
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit).map((r) => ({ ...r.entry, projectSlug: r.projectSlug }));
  return { entries: page, nextBefore: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null };
}
