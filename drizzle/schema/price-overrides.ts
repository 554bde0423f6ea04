import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { projects } from './projects';

// A project's own price for matching models from a date on; it wins over the built-in catalog for spans at or after
// `effective_from`. Prices are USD per million tokens as decimal strings, by usage kind.
export const priceOverrides = pgTable(
  'price_overrides',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    provider: text('provider'),
    modelPattern: text('model_pattern').notNull(),
    effectiveFrom: timestamp('effective_from', { withTimezone: true }).notNull(),
    prices: jsonb('prices').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('price_overrides_project_idx').on(t.projectId)],
);

export type PriceOverrideRow = typeof priceOverrides.$inferSelect;
