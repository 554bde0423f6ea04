// Revokes a key of a project. The receivers' key caches are told at once (Postgres NOTIFY), so the next request
// with the key is refused; the read API looks keys up on every request.
import { and, eq, isNull } from 'drizzle-orm';
import { apiKeys } from '@/drizzle/schema';
import { auditActor, type Actor } from '@/lib/audit/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import type { PostgresStore } from '@/lib/db/client';
import { AccountError } from './account-error';

export async function revokeApiKey(
  store: PostgresStore,
  project: { readonly id: string; readonly organizationId: string; readonly slug: string },
  keyId: string,
  actor: Actor,
): Promise<void> {
  await store.db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, keyId), eq(apiKeys.projectId, project.id), isNull(apiKeys.revokedAt)))
      .returning({ name: apiKeys.name, prefix: apiKeys.prefix });
    if (!row) throw new AccountError('not_found', 'No active key with that id in this project (it may be revoked already).');
    await recordAudit(tx, {
      action: 'key.revoked',
      organizationId: project.organizationId,
      projectId: project.id,
      target: `${row.name} (${row.prefix}…)`,
      details: { project: project.slug },
      ...auditActor(actor),
    });
  });
  await store.notify('tokenmeter_api_keys', keyId);
}
