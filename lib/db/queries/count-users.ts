// How many accounts exist: zero means the first visit goes to first-run setup.
import { count } from 'drizzle-orm';
import { users } from '@/drizzle/schema';
import type { Database } from '@/lib/db/client';

export async function countUsers(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}
