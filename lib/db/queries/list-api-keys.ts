// A project's API keys for the keys page: never the key or its hash.
import { desc, eq } from 'drizzle-orm';
import { apiKeys, users, type ApiKeyScope } from '@/drizzle/schema';
import type { Database } from '@/lib/db/client';

export interface ApiKeySummary {
  readonly id: string;
  readonly name: string;
  readonly prefix: string;
  readonly scopes: readonly ApiKeyScope[];
  readonly createdBy: string | null;
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
  readonly spanRateLimit: number | null;
  readonly readRateLimit: number | null;
}

export async function listApiKeys(db: Database, projectId: string): Promise<ApiKeySummary[]> {
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      scopes: apiKeys.scopes,
      createdBy: users.email,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
      spanRateLimit: apiKeys.spanRateLimit,
      readRateLimit: apiKeys.readRateLimit,
    })
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdBy))
    .where(eq(apiKeys.projectId, projectId))
    .orderBy(desc(apiKeys.createdAt));
}
