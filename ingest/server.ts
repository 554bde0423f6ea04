// `npm run ingest`: the OTLP receiver alone on TOKENMETER_OTLP_PORT, for scale-out behind a load balancer against
// ClickHouse and Postgres servers. It refuses embedded stores: their files belong to the one `npm start` process.
import http from 'node:http';
import { closeClickHouse } from '@/lib/clickhouse/client';
import { closePostgres } from '@/lib/db/client';
import { env, EnvError } from '@/lib/env';
import { log } from '@/lib/log';
import { prepareStores } from '@/lib/stores';
import { createIngestService } from './service';

async function main(): Promise<void> {
  const e = env();
  if (!e.CLICKHOUSE_URL || !e.DATABASE_URL) {
    throw new Error(
      'npm run ingest needs CLICKHOUSE_URL and DATABASE_URL: the embedded stores can only be opened by the one `npm start` process, which already serves OTLP on TOKENMETER_OTLP_PORT.',
    );
  }
  const stores = await prepareStores(e, { migrate: e.TOKENMETER_MIGRATE_ON_START });
  const ingest = createIngestService({ env: e, stores });
  const server = http.createServer((req, res) => ingest.handle(req, res));
  await new Promise<void>((resolve) => server.listen(e.TOKENMETER_OTLP_PORT, e.TOKENMETER_HOST, resolve));
  log.info(`Tokenmeter ingest is up: http://localhost:${e.TOKENMETER_OTLP_PORT}/v1/traces`);

  const stop = async (signal: string) => {
    log.info(`${signal}: draining`);
    await Promise.all([new Promise<void>((r) => server.close(() => r())), ingest.drain()]);
    await closeClickHouse();
    await closePostgres();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof EnvError ? err.message : `Tokenmeter ingest failed to start: ${err instanceof Error ? err.message : String(err)}`}\n`);
  process.exit(1);
});
