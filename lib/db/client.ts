// The one Postgres factory: PGlite (Postgres in WASM) under $TOKENMETER_DATA_DIR/postgres by default, a server
// through the `postgres` driver when DATABASE_URL is set. Both are used through drizzle with the same schema.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from '@/drizzle/schema';
import { dataDir, env, type Env } from '@/lib/env';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type PostgresMode = 'embedded' | 'server';

export interface PostgresStore {
  readonly db: Database;
  readonly mode: PostgresMode;
  /** Holds a session-level lock while `work` runs, so concurrent app processes migrate one at a time. */
  withLock<T>(key: number, work: () => Promise<T>): Promise<T>;
  /**
   * Tells every process using this database that something changed (Postgres NOTIFY on a server; within the one
   * process for the embedded store, which only one process may open). Caches listen and drop what they hold.
   */
  notify(channel: ChangeChannel, payload: string): Promise<void>;
  /** Calls `handler` for every notification on `channel`, from any process. */
  listen(channel: ChangeChannel, handler: (payload: string) => void): Promise<void>;
  /** Raw SQL for health checks and version reports. */
  queryScalar(sql: string): Promise<string>;
  close(): Promise<void>;
}

/** What can change under a cache: API keys (revoked, created) and a project's ingest settings. */
export type ChangeChannel = 'tokenmeter_api_keys' | 'tokenmeter_project_settings';

const STORE_KEY = Symbol.for('tokenmeter.postgres.store');
type GlobalWithStore = typeof globalThis & { [STORE_KEY]?: Promise<PostgresStore> };

export function postgresPath(e: Env = env()): string {
  return path.join(dataDir(e), 'postgres');
}

async function openEmbedded(e: Env): Promise<PostgresStore> {
  const dir = postgresPath(e);
  fs.mkdirSync(dir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const client = await PGlite.create(dir);
  const db = drizzle(client, { schema }) as unknown as Database;
  const changes = new EventEmitter();
  changes.setMaxListeners(100);
  // One process owns an embedded store, so an in-process queue is the whole lock.
  let tail: Promise<unknown> = Promise.resolve();
  return {
    db,
    mode: 'embedded',
    withLock: <T>(_key: number, work: () => Promise<T>): Promise<T> => {
      const run = tail.then(work, work);
      tail = run.catch(() => undefined);
      return run;
    },
    notify: async (channel, payload) => {
      changes.emit(channel, payload);
    },
    listen: async (channel, handler) => {
      changes.on(channel, handler);
    },
    queryScalar: async (sql) => {
      const r = await client.query<Record<string, unknown>>(sql);
      return String(Object.values(r.rows[0] ?? {})[0] ?? '');
    },
    close: () => client.close(),
  };
}

async function openServer(url: string): Promise<PostgresStore> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const sql = postgres(url, { max: 10, onnotice: () => {}, connect_timeout: 10 });
  const db = drizzle(sql, { schema }) as unknown as Database;
  return {
    db,
    mode: 'server',
    withLock: async (key, work) => {
      const conn = await sql.reserve();
      try {
        await conn`SELECT pg_advisory_lock(${key})`;
        try {
          return await work();
        } finally {
          await conn`SELECT pg_advisory_unlock(${key})`;
        }
      } finally {
        conn.release();
      }
    },
    notify: async (channel, payload) => {
      await sql.notify(channel, payload);
    },
    listen: async (channel, handler) => {
      await sql.listen(channel, handler);
    },
    queryScalar: async (text) => {
      const rows = await sql.unsafe(text);
      return String(Object.values(rows[0] ?? {})[0] ?? '');
    },
    close: () => sql.end({ timeout: 5 }),
  };
}

/** Opens a store for the given configuration; the caller owns it and must close it. */
export function openPostgres(e: Env = env()): Promise<PostgresStore> {
  return e.DATABASE_URL ? openServer(e.DATABASE_URL) : openEmbedded(e);
}

/** The process-wide store, opened on first use; kept on globalThis so Next's bundle and the server share it. */
export function getPostgres(): Promise<PostgresStore> {
  const g = globalThis as GlobalWithStore;
  g[STORE_KEY] ??= openPostgres().catch((err: unknown) => {
    delete g[STORE_KEY];
    throw err;
  });
  return g[STORE_KEY];
}

/** The drizzle database of the process-wide store. */
export async function getDb(): Promise<Database> {
  return (await getPostgres()).db;
}

export async function closePostgres(): Promise<void> {
  const g = globalThis as GlobalWithStore;
  const pending = g[STORE_KEY];
  delete g[STORE_KEY];
  if (!pending) return;
  const store = await pending.catch(() => undefined);
  await store?.close();
}
