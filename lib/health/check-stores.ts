// What GET /api/health reports: each store's mode, version and round-trip time.
import { getClickHouse } from '@/lib/clickhouse/client';
import { getPostgres } from '@/lib/db/client';
import { env } from '@/lib/env';

export interface StoreHealth {
  readonly ok: boolean;
  readonly mode: 'embedded' | 'server';
  readonly version?: string;
  readonly roundTripMs?: number;
  readonly error?: string;
}

export interface Health {
  readonly ok: boolean;
  readonly clickhouse: StoreHealth;
  readonly postgres: StoreHealth;
}

const TIMEOUT_MS = 5_000;

async function timed(
  configured: StoreHealth['mode'],
  probe: () => Promise<{ mode: StoreHealth['mode']; version: string }>,
): Promise<StoreHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    });
    const { mode, version } = await Promise.race([probe(), timeout]);
    return { ok: true, mode, version, roundTripMs: Math.round((performance.now() - started) * 100) / 100 };
  } catch (err) {
    return { ok: false, mode: configured, error: err instanceof Error ? err.message : String(err) };
  } finally {
    clearTimeout(timer);
  }
}

export async function checkStores(): Promise<Health> {
  const e = env();
  const [clickhouse, postgres] = await Promise.all([
    timed(e.CLICKHOUSE_URL ? 'server' : 'embedded', async () => {
      const store = await getClickHouse();
      const r = await store.client.query({ query: 'SELECT version() AS v', format: 'JSONEachRow' });
      const rows: { v: string }[] = await r.json();
      return { mode: store.mode, version: rows[0]?.v ?? '' };
    }),
    timed(e.DATABASE_URL ? 'server' : 'embedded', async () => {
      const store = await getPostgres();
      return { mode: store.mode, version: await store.queryScalar('SHOW server_version') };
    }),
  ]);
  return { ok: clickhouse.ok && postgres.ok, clickhouse, postgres };
}
