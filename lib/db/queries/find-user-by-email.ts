// One account by email (emails are stored lower-cased).
import { eq } from 'drizzle-orm';
import { users, type User } from '@/drizzle/schema';
import type { Database } from '@/lib/db/client';

export async function findUserByEmail(db: Database, email: string): Promise<User | undefined> {
  const rows = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).limit(1);
  return rows[0];
}
