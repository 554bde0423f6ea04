// Adds a price override to a project; returns its id.
import { priceOverrides } from '@/drizzle/schema';
import type { Database } from '@/lib/db/client';

export interface NewPriceOverride {
  readonly projectId: string;
  readonly provider: string | null;
  readonly modelPattern: string;
  readonly effectiveFrom: Date;
  /** USD per million tokens by usage kind, decimal strings. */
  readonly prices: Readonly<Record<string, string>>;
}

export async function insertPriceOverride(db: Database, override: NewPriceOverride): Promise<string> {
  const [row] = await db.insert(priceOverrides).values({ ...override, prices: { ...override.prices } }).returning({ id: priceOverrides.id });
  if (!row) throw new Error('The price override was not saved.');
  return row.id;
}
