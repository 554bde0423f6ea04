// Changes a project's ingest settings: attribution keys, redaction choices and rules, price overrides. Everything is
// validated with the same schemas the receiver reads with, so a saved setting can always be used.
import { eq } from 'drizzle-orm';
import { projects } from '@/drizzle/schema';
import type { Database } from '@/lib/db/client';
import { getProjectSettings } from '@/lib/db/queries/get-project-settings';
import { insertPriceOverride } from '@/lib/db/queries/insert-price-override';
import { saveProjectSettings } from '@/lib/db/queries/save-project-settings';
import { priceOverridePricesSchema } from '@/lib/pricing';
import { createRedactor, redactionSettingsSchema, type RedactionSettings } from '@/lib/redaction';
import { attributionSettingsSchema, type AttributionSettings } from './attribution-settings';

export interface ProjectIngestSettings {
  readonly attribution: AttributionSettings;
  readonly redaction: RedactionSettings;
}

export async function findProjectId(db: Database, slug: string): Promise<string> {
  const [row] = await db.select({ id: projects.id }).from(projects).where(eq(projects.slug, slug)).limit(1);
  if (!row) throw new Error(`No project "${slug}". Project slugs are listed on the home page.`);
  return row.id;
}

export async function readProjectIngestSettings(db: Database, projectId: string): Promise<ProjectIngestSettings> {
  const stored = await getProjectSettings(db, projectId);
  return {
    attribution: attributionSettingsSchema.parse(stored?.attribution ?? {}),
    redaction: redactionSettingsSchema.parse(stored?.redaction ?? {}),
  };
}

/** Merges the given changes into the stored settings; throws with a message naming what is wrong. */
export async function updateProjectIngestSettings(
  db: Database,
  projectId: string,
  changes: { attribution?: Partial<AttributionSettings>; redaction?: Partial<RedactionSettings> },
): Promise<ProjectIngestSettings> {
  const current = await readProjectIngestSettings(db, projectId);
  const attribution = attributionSettingsSchema.parse({ ...current.attribution, ...changes.attribution });
  const redaction = redactionSettingsSchema.parse({ ...current.redaction, ...changes.redaction });
  createRedactor(redaction); // throws RedactionConfigError for a rule that could not run
  await saveProjectSettings(db, projectId, { attribution: { ...attribution }, redaction: { ...redaction } });
  return { attribution, redaction };
}

export async function addPriceOverride(
  db: Database,
  input: { projectId: string; provider?: string; modelPattern: string; effectiveFrom: Date; prices: Record<string, string | undefined> },
): Promise<string> {
  const prices = priceOverridePricesSchema.parse(Object.fromEntries(Object.entries(input.prices).filter(([, v]) => v !== undefined)));
  if (Number.isNaN(input.effectiveFrom.getTime())) throw new Error('The effective date is not a date; use YYYY-MM-DD or an RFC 3339 timestamp.');
  const cleaned = Object.fromEntries(Object.entries(prices).filter((e): e is [string, string] => e[1] !== undefined));
  return insertPriceOverride(db, { projectId: input.projectId, provider: input.provider ?? null, modelPattern: input.modelPattern.trim(), effectiveFrom: input.effectiveFrom, prices: cleaned });
}
