// Records that a key was used (shown in the key list); callers throttle it so a busy key is written rarely.
import { eq } from 'drizzle-orm';
import { apiKeys } from '@/drizzle/schema';
import type { Database } from '@/lib/db/client';

export async function touchApiKey(db: Database, keyId: string, at: Date): Promise<void> {
  await db.update(apiKeys).set({ lastUsedAt: at }).where(eq(apiKeys.id, keyId));
}
