// Applies drizzle-kit's generated migrations (drizzle/migrations) to PGlite or a Postgres server.
import path from 'node:path';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { PostgresStore } from './client';

export const MIGRATIONS_FOLDER = path.resolve(process.cwd(), 'drizzle/migrations');

/** The advisory lock key every Tokenmeter process takes while it migrates ("tokenmtr" in ASCII, folded to int32). */
export const MIGRATION_LOCK_KEY = 0x746b6d72;

export async function migratePostgres(store: PostgresStore): Promise<void> {
  if (store.mode === 'embedded') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(store.db as unknown as PgliteDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    const { migrate } = await import('drizzle-orm/postgres-js/migrator');
    await migrate(store.db as unknown as PostgresJsDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
  }
}
