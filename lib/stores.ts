// Opens both stores, applies their migrations under one lock, and runs headless initialisation: what every
// process (server, standalone ingest, `npm run db:migrate`) does before it serves anything.
import { initFromEnv, type InitResult } from '@/lib/bootstrap/init-from-env';
import { getClickHouse, type ClickHouseStore } from '@/lib/clickhouse/client';
import { migrateClickHouse } from '@/lib/clickhouse/migrate';
import { getPostgres, type PostgresStore } from '@/lib/db/client';
import { MIGRATION_LOCK_KEY, migratePostgres } from '@/lib/db/migrate';
import type { Env } from '@/lib/env';

export interface PreparedStores {
  readonly clickhouse: ClickHouseStore;
  readonly postgres: PostgresStore;
  readonly clickhouseMigrations: readonly string[];
  readonly init: InitResult | undefined;
}

export async function prepareStores(e: Env, options: { migrate: boolean }): Promise<PreparedStores> {
  const postgres = await getPostgres();
  const clickhouse = await getClickHouse();
  let applied: readonly string[] = [];
  if (options.migrate) {
    await postgres.withLock(MIGRATION_LOCK_KEY, async () => {
      await migratePostgres(postgres);
      applied = (await migrateClickHouse(clickhouse)).applied;
    });
  }
  const init = await initFromEnv(postgres.db, e);
  return { clickhouse, postgres, clickhouseMigrations: applied, init };
}
