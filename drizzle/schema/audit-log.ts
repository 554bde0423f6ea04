import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Who did what, when, from where. Rows are never updated; foreign keys are deliberately absent so an entry outlives
// the user, project or key it names (the names are copied into the row).
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    organizationId: uuid('organization_id'),
    projectId: uuid('project_id'),
    actorUserId: uuid('actor_user_id'),
    // The email of the actor, or of the account a failed sign-in named.
    actorEmail: text('actor_email'),
    action: text('action').notNull(),
    target: text('target'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_log_org_time_idx').on(t.organizationId, t.createdAt),
    // Sign-in throttling counts recent failures per account and per address.
    index('audit_log_action_email_idx').on(t.action, t.actorEmail, t.createdAt),
    index('audit_log_action_ip_idx').on(t.action, t.ip, t.createdAt),
  ],
);

export type AuditEntry = typeof auditLog.$inferSelect;
