// Headless initialisation: when TOKENMETER_INIT_* are set, make sure that admin, an organisation, that project and
// that API key (ingest + read) exist. Idempotent: running it again changes nothing.
import { hash } from '@node-rs/argon2';
import { and, eq } from 'drizzle-orm';
import { apiKeys, memberships, organizations, projects, users } from '@/drizzle/schema';
import { apiKeyPrefix, hashApiKey } from '@/lib/auth/api-key-secret';
import type { Database } from '@/lib/db/client';
import type { Env } from '@/lib/env';

export interface InitResult {
  readonly projectId: string;
  readonly created: readonly string[];
}

export async function initFromEnv(db: Database, e: Env): Promise<InitResult | undefined> {
  const email = e.TOKENMETER_INIT_ADMIN_EMAIL?.toLowerCase();
  const password = e.TOKENMETER_INIT_ADMIN_PASSWORD;
  const slug = e.TOKENMETER_INIT_PROJECT;
  const key = e.TOKENMETER_INIT_API_KEY;
  if (!email || !password || !slug || !key) return undefined;

  return db.transaction(async (tx) => {
    const created: string[] = [];
    let user = (await tx.select().from(users).where(eq(users.email, email)))[0];
    if (!user) {
      [user] = await tx.insert(users).values({ email, name: 'Admin', passwordHash: await hash(password) }).returning();
      created.push(`user ${email}`);
    }
    let project = (await tx.select().from(projects).where(eq(projects.slug, slug)))[0];
    if (!project) {
      const [org] = await tx
        .insert(organizations)
        .values({ name: slug, slug })
        .onConflictDoNothing({ target: organizations.slug })
        .returning();
      const organization = org ?? (await tx.select().from(organizations).where(eq(organizations.slug, slug)))[0];
      if (!organization) throw new Error(`Could not create the organisation for project "${slug}"`);
      [project] = await tx.insert(projects).values({ organizationId: organization.id, slug, name: slug }).returning();
      created.push(`project ${slug}`);
    }
    if (!project || !user) throw new Error('Headless initialisation could not create its user or project');
    await tx
      .insert(memberships)
      .values({ organizationId: project.organizationId, userId: user.id, role: 'owner' })
      .onConflictDoNothing();
    const keyHash = hashApiKey(key);
    const existing = (await tx.select().from(apiKeys).where(and(eq(apiKeys.hash, keyHash))))[0];
    if (!existing) {
      await tx.insert(apiKeys).values({
        projectId: project.id,
        name: 'Initial key (TOKENMETER_INIT_API_KEY)',
        prefix: apiKeyPrefix(key),
        hash: keyHash,
        scopes: ['ingest', 'read'],
        createdBy: user.id,
      });
      created.push(`API key ${apiKeyPrefix(key)}…`);
    } else if (existing.projectId !== project.id) {
      throw new Error(
        `TOKENMETER_INIT_API_KEY already belongs to another project; choose a new key for project "${slug}"`,
      );
    }
    return { projectId: project.id, created };
  });
}
