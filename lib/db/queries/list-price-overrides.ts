// A project's price overrides, oldest effective date first (validated by the caller: lib/projects/project-settings.ts).
import { asc, eq } from 'drizzle-orm';
import { priceOverrides, type PriceOverrideRow } from '@/drizzle/schema';
import type { Database } from '@/lib/db/client';

export async function listPriceOverrides(db: Database, projectId: string): Promise<PriceOverrideRow[]> {
  return db.select().from(priceOverrides).where(eq(priceOverrides.projectId, projectId)).orderBy(asc(priceOverrides.effectiveFrom));
}
