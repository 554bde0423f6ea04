import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { projects } from './projects';
import type { ApiKeyScope } from './roles';
import { users } from './users';

export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    // The first characters of the key, shown in lists so people can tell keys apart; the key itself is never stored.
    prefix: text('prefix').notNull(),
    // SHA-256 of the key: keys are long random strings, so a fast hash is safe and lets the receiver look one up
    // with an index instead of trying every key.
    hash: text('hash').notNull().unique(),
    scopes: text('scopes').array().$type<ApiKeyScope[]>().notNull(),
    // Per-key limits; null means the installation's default (TOKENMETER_KEY_RATE_LIMIT_SPANS / _READS).
    spanRateLimit: integer('span_rate_limit'),
    readRateLimit: integer('read_rate_limit'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('api_keys_project_idx').on(t.projectId)],
);

export type ApiKey = typeof apiKeys.$inferSelect;
