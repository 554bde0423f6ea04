// What the ingest pipeline needs to know about a project, loaded from Postgres and validated: attribution keys,
// the compiled redactor, and price overrides. Invalid stored settings stop ingest for that project with a message
// (a silently weaker redaction would break invariant 5), rather than falling back to defaults.
import { DEFAULT_NORMALISE_SETTINGS } from '@/ingest/conventions/normalise-span';
import type { ProjectIngestConfig } from '@/ingest/pipeline/project-pipeline';
import type { PriceOverrideRow } from '@/drizzle/schema';
import type { Database } from '@/lib/db/client';
import { getProjectSettings, type StoredProjectSettings } from '@/lib/db/queries/get-project-settings';
import { listPriceOverrides } from '@/lib/db/queries/list-price-overrides';
import { priceOverrideSchema } from '@/lib/pricing';
import { attributionSettingsSchema, toNormaliseSettings } from './attribution-settings';
import { compileRedaction } from './compile-redaction';
import { ProjectSettingsError } from './project-settings-error';

export async function loadProjectIngestConfig(db: Database, projectId: string): Promise<ProjectIngestConfig> {
  let stored: StoredProjectSettings | undefined;
  let overrideRows: PriceOverrideRow[];
  try {
    [stored, overrideRows] = await Promise.all([getProjectSettings(db, projectId), listPriceOverrides(db, projectId)]);
  } catch (err) {
    throw new ProjectSettingsError('The project settings could not be read from Postgres; retry later.', { cause: err });
  }
  const attribution = attributionSettingsSchema.safeParse(stored?.attribution ?? {});
  if (!attribution.success) {
    throw new ProjectSettingsError(`The project's attribution settings are invalid (${attribution.error.issues[0]?.message ?? 'unknown'}); fix them in the project settings.`);
  }
  const overrides = overrideRows.map((row) => {
    const parsed = priceOverrideSchema.safeParse(row);
    if (!parsed.success) {
      throw new ProjectSettingsError(`Price override ${row.id} is invalid (${parsed.error.issues[0]?.message ?? 'unknown'}); fix or delete it.`);
    }
    return parsed.data;
  });
  return {
    normalise: toNormaliseSettings(attribution.data, DEFAULT_NORMALISE_SETTINGS),
    redactSpan: compileRedaction(stored?.redaction ?? {}, projectId),
    overrides,
  };
}
