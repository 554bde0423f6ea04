// First-run setup: while no account exists, creates the owner, the organisation, the first project and its first
// API key (returned once). Serialised with a transaction-scoped advisory lock, so two browsers racing through the
// setup page cannot both become owner of an empty installation.
import { count, sql } from 'drizzle-orm';
import { apiKeys, memberships, organizations, projects, users } from '@/drizzle/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { apiKeyPrefix, generateApiKey, hashApiKey } from '@/lib/auth/api-key-secret';
import { hashPassword, passwordProblem } from '@/lib/auth/passwords';
import type { Database } from '@/lib/db/client';
import { AccountError } from './account-error';
import { cleanName, slugify, uniqueSlug } from './slugs';

const SETUP_LOCK = 7_420_001;

export interface SetupInput {
  readonly name: string;
  readonly email: string;
  readonly password: string;
  readonly organizationName: string;
  readonly projectName: string;
}

export interface SetupResult {
  readonly userId: string;
  readonly organizationSlug: string;
  readonly projectSlug: string;
  readonly apiKey: string;
}

export async function completeSetup(db: Database, input: SetupInput, origin: { readonly ip?: string; readonly userAgent?: string }): Promise<SetupResult> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new AccountError('invalid', 'Enter a valid email address.');
  const problem = passwordProblem(input.password, email);
  if (problem) throw new AccountError('invalid', problem);
  const name = cleanName(input.name, 'person');
  const orgName = cleanName(input.organizationName, 'organisation');
  const projectName = cleanName(input.projectName, 'project');
  const passwordHash = await hashPassword(input.password);
  const key = generateApiKey();

  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`);
    const [existing] = await tx.select({ n: count() }).from(users);
    if ((existing?.n ?? 0) > 0) throw new AccountError('conflict', 'Setup is already complete: sign in instead.');
    const [user] = await tx.insert(users).values({ email, name, passwordHash }).returning({ id: users.id });
    if (!user) throw new Error('The account was not stored');
    const orgSlug = await uniqueSlug(slugify(orgName), async () => false);
    const [org] = await tx.insert(organizations).values({ name: orgName, slug: orgSlug }).returning({ id: organizations.id });
    if (!org) throw new Error('The organisation was not stored');
    await tx.insert(memberships).values({ organizationId: org.id, userId: user.id, role: 'owner' });
    const projectSlug = await uniqueSlug(slugify(projectName), async () => false);
    const [project] = await tx.insert(projects).values({ organizationId: org.id, name: projectName, slug: projectSlug }).returning({ id: projects.id });
    if (!project) throw new Error('The project was not stored');
    await tx.insert(apiKeys).values({ projectId: project.id, name: 'First key', prefix: apiKeyPrefix(key), hash: hashApiKey(key), scopes: ['ingest', 'read'], createdBy: user.id });
    await recordAudit(tx, {
      action: 'setup.completed',
      organizationId: org.id,
      projectId: project.id,
      actorUserId: user.id,
      actorEmail: email,
      target: `${orgName} / ${projectName}`,
      details: { apiKey: `${apiKeyPrefix(key)}…` },
      ip: origin.ip ?? null,
      userAgent: origin.userAgent ?? null,
    });
    return { userId: user.id, organizationSlug: orgSlug, projectSlug, apiKey: key };
  });
}
