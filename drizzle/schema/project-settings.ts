import { jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { projects } from './projects';

// How a project's spans are read at ingest. Both JSON documents are validated by zod where they are read
// (lib/projects/project-settings.ts); a missing row means the defaults.
export const projectSettings = pgTable('project_settings', {
  projectId: uuid('project_id')
    .primaryKey()
    .references(() => projects.id, { onDelete: 'cascade' }),
  // Attribute keys for tenant, feature, user, session and the hallucination flag, tried before the conventions' own.
  attribution: jsonb('attribution').notNull().default({}),
  // Which detectors run (secrets and payment cards always do) and the project's own rules.
  redaction: jsonb('redaction').notNull().default({}),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type ProjectSettingsRow = typeof projectSettings.$inferSelect;
