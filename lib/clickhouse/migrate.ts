// Applies the numbered ClickHouse migrations that are not yet recorded in schema_migrations.
// Each statement is idempotent, so two processes racing here, or a crash half-way, leave a correct schema;
// at start-up the caller also holds the Postgres migration lock so that servers do not race at all.
import { createClient } from '@clickhouse/client';
import { z } from 'zod';
import { env } from '@/lib/env';
import type { ClickHouseStore } from './client';
import { engine, onCluster, storageTable, distributedTable, type DdlTarget } from './ddl';
import { clickhouseMigrations, type ClickHouseMigration } from './migrations';
import { execute, insertRows, selectRows } from './query';

const TAG = { feature: 'migrate' } as const;

function ledgerStatements(t: DdlTarget): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${storageTable(t, 'schema_migrations')}${onCluster(t)}
(version UInt32, name String, applied_at DateTime64(3, 'UTC') DEFAULT now64(3))
${engine(t, 'ReplacingMergeTree', 'schema_migrations')} ORDER BY version`,
    ...distributedTable(t, 'schema_migrations', 'version'),
  ];
}

async function ensureServerDatabase(store: ClickHouseStore): Promise<void> {
  if (store.mode !== 'server' || store.database === 'default') return;
  const e = env();
  // The store's own client names the database in every request, which fails until the database exists.
  const bootstrap = createClient({ url: e.CLICKHOUSE_URL, username: e.CLICKHOUSE_USER, password: e.CLICKHOUSE_PASSWORD });
  try {
    await bootstrap.command({ query: `CREATE DATABASE IF NOT EXISTS \`${store.database}\`${onCluster(store)}` });
  } finally {
    await bootstrap.close();
  }
}

export async function appliedClickHouseVersions(store: ClickHouseStore): Promise<Set<number>> {
  const rows = await selectRows(store, {
    sql: 'SELECT DISTINCT version FROM schema_migrations',
    tag: TAG,
    row: z.object({ version: z.coerce.number() }),
  });
  return new Set(rows.map((r) => r.version));
}

export interface MigrationReport {
  readonly applied: readonly string[];
  readonly alreadyApplied: number;
}

export async function migrateClickHouse(
  store: ClickHouseStore,
  migrations: readonly ClickHouseMigration[] = clickhouseMigrations,
): Promise<MigrationReport> {
  await ensureServerDatabase(store);
  for (const sql of ledgerStatements(store)) await execute(store, { sql, tag: TAG });
  const done = await appliedClickHouseVersions(store);
  const applied: string[] = [];
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    for (const sql of m.statements(store)) await execute(store, { sql, tag: TAG });
    await insertRows(store, { table: 'schema_migrations', rows: [{ version: m.version, name: m.name }], tag: TAG });
    applied.push(`${String(m.version).padStart(4, '0')}_${m.name}`);
  }
  return { applied, alreadyApplied: done.size };
}
