// A new project in an organisation, with a slug made from its name unless one is given.
import { eq } from 'drizzle-orm';
import { projects } from '@/drizzle/schema';
import { auditActor, type Actor } from '@/lib/audit/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Database } from '@/lib/db/client';
import { AccountError } from './account-error';
import { checkSlug, cleanName, slugify, uniqueSlug } from './slugs';

export interface CreatedProject {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
}

export async function createProject(
  db: Database,
  organizationId: string,
  input: { readonly name: string; readonly slug?: string; readonly retentionDays?: number },
  actor: Actor,
): Promise<CreatedProject> {
  const name = cleanName(input.name, 'project');
  const retentionDays = input.retentionDays ?? 90;
  if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 3650) {
    throw new AccountError('invalid', 'Retention is a whole number of days between 1 and 3650.');
  }
  return db.transaction(async (tx) => {
    const taken = async (slug: string) => (await tx.select({ id: projects.id }).from(projects).where(eq(projects.slug, slug)).limit(1)).length > 0;
    let slug: string;
    if (input.slug) {
      slug = checkSlug(input.slug);
      if (await taken(slug)) throw new AccountError('conflict', `The slug "${slug}" is taken; choose another.`);
    } else {
      slug = await uniqueSlug(slugify(name), taken);
    }
    const [row] = await tx.insert(projects).values({ organizationId, name, slug, retentionDays }).returning({ id: projects.id, slug: projects.slug, name: projects.name });
    if (!row) throw new Error('The project was not stored');
    await recordAudit(tx, { action: 'project.created', organizationId, projectId: row.id, target: `${name} (${slug})`, ...auditActor(actor) });
    return row;
  });
}
