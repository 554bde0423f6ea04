// A new project API key: the key itself is returned once and never stored (only its SHA-256 and a prefix).
import { apiKeys, type ApiKeyScope } from '@/drizzle/schema';
import { auditActor, type Actor } from '@/lib/audit/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { apiKeyPrefix, generateApiKey, hashApiKey } from '@/lib/auth/api-key-secret';
import type { PostgresStore } from '@/lib/db/client';
import { AccountError } from './account-error';
import { cleanName } from './slugs';

export interface NewApiKey {
  readonly name: string;
  readonly scopes: readonly ApiKeyScope[];
  readonly spanRateLimit?: number | null;
  readonly readRateLimit?: number | null;
}

export interface CreatedApiKey {
  readonly id: string;
  readonly key: string;
  readonly prefix: string;
}

export async function createApiKey(
  store: PostgresStore,
  project: { readonly id: string; readonly organizationId: string; readonly slug: string },
  input: NewApiKey,
  actor: Actor,
): Promise<CreatedApiKey> {
  const name = cleanName(input.name, 'API key');
  const scopes = [...new Set(input.scopes)];
  if (scopes.length === 0) throw new AccountError('invalid', 'Give the key at least one scope: ingest (send spans) or read (read API).');
  const key = generateApiKey();
  const prefix = apiKeyPrefix(key);
  const id = await store.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({
        projectId: project.id,
        name,
        prefix,
        hash: hashApiKey(key),
        scopes,
        spanRateLimit: input.spanRateLimit ?? null,
        readRateLimit: input.readRateLimit ?? null,
        createdBy: actor.userId,
      })
      .returning({ id: apiKeys.id });
    if (!row) throw new Error('The key was not stored');
    await recordAudit(tx, {
      action: 'key.created',
      organizationId: project.organizationId,
      projectId: project.id,
      target: `${name} (${prefix}…)`,
      details: { project: project.slug, scopes },
      ...auditActor(actor),
    });
    return row.id;
  });
  await store.notify('tokenmeter_api_keys', id);
  return { id, key, prefix };
}
