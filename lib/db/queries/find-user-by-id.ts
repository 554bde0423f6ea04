// One account by id.
import { eq } from 'drizzle-orm';
import { users, type User } from '@/drizzle/schema';
import type { Database } from '@/lib/db/client';

export async function findUserById(db: Database, id: string): Promise<User | undefined> {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0];
}
