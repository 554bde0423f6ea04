// A project's stored settings documents (attribution keys, redaction choices); undefined when never saved.
import { eq } from 'drizzle-orm';
import { projectSettings } from '@/drizzle/schema';
import type { Database } from '@/lib/db/client';

export interface StoredProjectSettings {
  readonly attribution: unknown;
  readonly redaction: unknown;
}

export async function getProjectSettings(db: Database, projectId: string): Promise<StoredProjectSettings | undefined> {
  const rows = await db
    .select({ attribution: projectSettings.attribution, redaction: projectSettings.redaction })
    .from(projectSettings)
    .where(eq(projectSettings.projectId, projectId))
    .limit(1);
  return rows[0];
}
