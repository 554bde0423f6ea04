// Renames an organisation (its slug stays).
import { eq } from 'drizzle-orm';
import { organizations } from '@/drizzle/schema';
import { auditActor, type Actor } from '@/lib/audit/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Database } from '@/lib/db/client';
import { cleanName } from './slugs';

export async function renameOrganization(db: Database, org: { readonly id: string; readonly name: string }, newName: string, actor: Actor): Promise<string> {
  const name = cleanName(newName, 'organisation');
  await db.transaction(async (tx) => {
    await tx.update(organizations).set({ name }).where(eq(organizations.id, org.id));
    await recordAudit(tx, { action: 'org.renamed', organizationId: org.id, target: name, details: { from: org.name }, ...auditActor(actor) });
  });
  return name;
}
