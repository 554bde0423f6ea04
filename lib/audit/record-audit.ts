// Appends one audit entry. Details hold names and ids, never secrets, passwords or span content.
import { auditLog } from '@/drizzle/schema';
import type { Database } from '@/lib/db/client';
import type { AuditAction } from './actions';

export interface AuditEvent {
  readonly action: AuditAction;
  readonly organizationId?: string | null;
  readonly projectId?: string | null;
  readonly actorUserId?: string | null;
  readonly actorEmail?: string | null;
  readonly target?: string | null;
  readonly details?: Record<string, unknown>;
  readonly ip?: string | null;
  readonly userAgent?: string | null;
}

export async function recordAudit(db: Pick<Database, 'insert'>, event: AuditEvent): Promise<void> {
  await db.insert(auditLog).values({
    action: event.action,
    organizationId: event.organizationId ?? null,
    projectId: event.projectId ?? null,
    actorUserId: event.actorUserId ?? null,
    actorEmail: event.actorEmail ?? null,
    target: event.target ?? null,
    details: event.details ?? {},
    ip: event.ip ?? null,
    userAgent: event.userAgent ?? null,
  });
}
