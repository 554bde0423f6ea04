// Saves a project's settings documents (validated by the caller: lib/projects/project-settings.ts).
import { projectSettings } from '@/drizzle/schema';
import type { Database } from '@/lib/db/client';

export async function saveProjectSettings(
  db: Database,
  projectId: string,
  settings: { attribution: Record<string, unknown>; redaction: Record<string, unknown> },
): Promise<void> {
  const now = new Date();
  await db
    .insert(projectSettings)
    .values({ projectId, attribution: settings.attribution, redaction: settings.redaction, updatedAt: now })
    .onConflictDoUpdate({
      target: projectSettings.projectId,
      set: { attribution: settings.attribution, redaction: settings.redaction, updatedAt: now },
    });
}
