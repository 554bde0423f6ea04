// Renames a project. The slug stays: links and exporters' dashboards keep working.
import { eq } from 'drizzle-orm';
import { projects } from '@/drizzle/schema';
import { auditActor, type Actor } from '@/lib/audit/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Database } from '@/lib/db/client';
import { cleanName } from './slugs';

export async function renameProject(
  db: Database,
  project: { readonly id: string; readonly organizationId: string; readonly name: string },
  newName: string,
  actor: Actor,
): Promise<string> {
  const name = cleanName(newName, 'project');
  await db.transaction(async (tx) => {
    await tx.update(projects).set({ name }).where(eq(projects.id, project.id));
    await recordAudit(tx, { action: 'project.renamed', organizationId: project.organizationId, projectId: project.id, target: name, details: { from: project.name }, ...auditActor(actor) });
  });
  return name;
}
