// Which project an API key belongs to, with its scopes; undefined for an unknown or revoked key.
import { and, eq, isNull } from 'drizzle-orm';
import { apiKeys, projects, type ApiKeyScope } from '@/drizzle/schema';
import { hashApiKey } from '@/lib/auth/api-key-secret';
import type { Database } from '@/lib/db/client';

export interface ApiKeyGrant {
  readonly keyId: string;
  readonly projectId: string;
  readonly projectSlug: string;
  readonly retentionDays: number;
  readonly scopes: readonly ApiKeyScope[];
  /** The key's own limits (spans per second, read requests per minute); null: the installation's defaults. */
  readonly spanRateLimit: number | null;
  readonly readRateLimit: number | null;
}

export async function findApiKey(db: Database, key: string): Promise<ApiKeyGrant | undefined> {
  const rows = await db
    .select({
      keyId: apiKeys.id,
      projectId: apiKeys.projectId,
      projectSlug: projects.slug,
      retentionDays: projects.retentionDays,
      scopes: apiKeys.scopes,
      spanRateLimit: apiKeys.spanRateLimit,
      readRateLimit: apiKeys.readRateLimit,
    })
    .from(apiKeys)
    .innerJoin(projects, eq(projects.id, apiKeys.projectId))
    .where(and(eq(apiKeys.hash, hashApiKey(key)), isNull(apiKeys.revokedAt)))
    .limit(1);
  return rows[0];
}
