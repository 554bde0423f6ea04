// Removes one of a project's price overrides; returns what it was, or undefined when there was none.
import { and, eq } from 'drizzle-orm';
import { priceOverrides, type PriceOverrideRow } from '@/drizzle/schema';
import type { Database } from '@/lib/db/client';

export async function deletePriceOverride(db: Pick<Database, 'delete'>, projectId: string, id: string): Promise<PriceOverrideRow | undefined> {
  const rows = await db.delete(priceOverrides).where(and(eq(priceOverrides.id, id), eq(priceOverrides.projectId, projectId))).returning();
  return rows[0];
}
