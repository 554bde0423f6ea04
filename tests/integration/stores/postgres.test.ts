// Postgres in both modes: PGlite under a data dir, and a real server through DATABASE_URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { apiKeys, memberships, projects, users } from '@/drizzle/schema';
import { hashApiKey } from '@/lib/auth/api-key-secret';
import { initFromEnv } from '@/lib/bootstrap/init-from-env';
import { openPostgres, type PostgresStore } from '@/lib/db/client';
import { MIGRATION_LOCK_KEY, migratePostgres } from '@/lib/db/migrate';
import { findApiKey } from '@/lib/db/queries/find-api-key';
import { parseEnv, type Env } from '@/lib/env';
import { createScratchDatabase } from '../../helpers/postgres-server';
import { tempDir } from '../../helpers/temp-dir';

const INIT = {
  TOKENMETER_INIT_ADMIN_EMAIL: 'Admin@Example.com',
  TOKENMETER_INIT_ADMIN_PASSWORD: 'correct horse battery',
  TOKENMETER_INIT_PROJECT: 'checkout',
  TOKENMETER_INIT_API_KEY: 'tm_test_0123456789abcdefghijkl',
};

describe.each(['embedded', 'server'] as const)('Postgres (%s)', (mode) => {
  let env: Env;
  let store: PostgresStore;
  let cleanup: () => Promise<void> | void;

  beforeAll(async () => {
    if (mode === 'embedded') {
      const tmp = tempDir('pg');
      env = parseEnv({ TOKENMETER_DATA_DIR: tmp.dir, ...INIT });
      cleanup = tmp.cleanup;
    } else {
      const scratch = await createScratchDatabase();
      env = parseEnv({ DATABASE_URL: scratch.url, ...INIT });
      cleanup = scratch.drop;
    }
    store = await openPostgres(env);
  });

  afterAll(async () => {
    await store.close();
    await cleanup();
  });

  it(`opens in ${mode} mode and migrates twice without change`, async () => {
    expect(store.mode).toBe(mode);
    await migratePostgres(store);
    await migratePostgres(store);
    const version = await store.queryScalar('SHOW server_version');
    expect(version).toMatch(/^\d+/);
  });

  it('serialises concurrent migrators with the lock', async () => {
    const order: string[] = [];
    const run = (name: string) =>
      store.withLock(MIGRATION_LOCK_KEY, async () => {
        order.push(`${name}:start`);
        await migratePostgres(store);
        await new Promise((r) => setTimeout(r, 50));
        order.push(`${name}:end`);
      });
    await Promise.all([run('a'), run('b')]);
    // Never interleaved: each start is directly followed by its own end.
    expect(order[0]?.split(':')[0]).toBe(order[1]?.split(':')[0]);
    expect(order[2]?.split(':')[0]).toBe(order[3]?.split(':')[0]);
  });

  it('initialises the admin, organisation, project and key once, however often it runs', async () => {
    const first = await initFromEnv(store.db, env);
    expect(first?.created).toHaveLength(3);
    const second = await initFromEnv(store.db, env);
    expect(second?.created).toEqual([]);
    expect(second?.projectId).toBe(first?.projectId);

    const [u] = await store.db.select().from(users).where(eq(users.email, 'admin@example.com'));
    expect(u?.passwordHash).toMatch(/^\$argon2id\$/);
    expect((await store.db.select({ n: count() }).from(projects))[0]?.n).toBe(1);
    expect((await store.db.select({ n: count() }).from(memberships))[0]?.n).toBe(1);
    const [key] = await store.db.select().from(apiKeys);
    expect(key?.hash).toBe(hashApiKey(INIT.TOKENMETER_INIT_API_KEY));
    expect(key?.scopes).toEqual(['ingest', 'read']);
    expect(JSON.stringify(key)).not.toContain(INIT.TOKENMETER_INIT_API_KEY);

    const grant = await findApiKey(store.db, INIT.TOKENMETER_INIT_API_KEY);
    expect(grant).toMatchObject({ projectSlug: 'checkout', scopes: ['ingest', 'read'] });
    expect(await findApiKey(store.db, 'tm_not_a_key_0000000000000')).toBeUndefined();
  });
});
