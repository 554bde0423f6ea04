import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  // Stored lower-cased: sign-in compares case-insensitively.
  email: text('email').notNull().unique(),
  name: text('name'),
  // argon2id; null for accounts that only sign in through single sign-on.
  passwordHash: text('password_hash'),
  // Carried in the session token and compared on every request: raising it ends every session of the account
  // ("sign out everywhere", password change) even though sessions are stateless JWTs.
  sessionVersion: integer('session_version').notNull().default(0),
  lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type User = typeof users.$inferSelect;
