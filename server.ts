// `npm start`: one process, three doors. The UI and its API on PORT (3000), OTLP/HTTP on TOKENMETER_OTLP_PORT (4318),
// and /v1/traces on PORT as well. Embedded stores (chDB, PGlite) live in this process only.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import next from 'next';
import { configureNextAuthEnvironment, prepareUiRequest } from '@/lib/auth/prepare-request';
import { closeClickHouse } from '@/lib/clickhouse/client';
import { closePostgres } from '@/lib/db/client';
import { env, EnvError, type Env } from '@/lib/env';
import { log } from '@/lib/log';
import { prepareStores } from '@/lib/stores';
import { createIngestService, type IngestService } from '@/ingest/service';

const dev = process.argv.includes('--dev');

function loadEnvOrExit(): Env {
  try {
    return env();
  } catch (err) {
    if (err instanceof EnvError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') {
        reject(new Error(`Port ${port} is already in use: stop the other process or choose another port (PORT / TOKENMETER_OTLP_PORT).`));
      } else reject(err);
    });
    server.listen(port, host, () => resolve());
  });
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}

async function main(): Promise<void> {
  const e = loadEnvOrExit();
  if (!dev && !fs.existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
    process.stderr.write('Tokenmeter is not built yet. Run `npm run build` first, then `npm start` (or `npm run dev` while developing).\n');
    process.exit(1);
  }

  const stores = await prepareStores(e, { migrate: e.TOKENMETER_MIGRATE_ON_START });
  log.info('stores ready', {
    clickhouse: stores.clickhouse.mode,
    postgres: stores.postgres.mode,
    migrated: stores.clickhouseMigrations,
    init: stores.init?.created,
  });

  const ingest: IngestService = createIngestService({ env: e, stores });
  configureNextAuthEnvironment(e);
  const app = next({ dev, dir: process.cwd(), hostname: 'localhost', port: e.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();

  const web = http.createServer((req, res) => {
    if (ingest.handles(req)) {
      ingest.handle(req, res);
      return;
    }
    prepareUiRequest(req, e);
    void handle(req, res);
  });
  const otlp = http.createServer((req, res) => ingest.handle(req, res));
  await listen(web, e.PORT, e.TOKENMETER_HOST);
  await listen(otlp, e.TOKENMETER_OTLP_PORT, e.TOKENMETER_HOST);
  log.info(`Tokenmeter is up: UI http://localhost:${e.PORT}  OTLP http://localhost:${e.TOKENMETER_OTLP_PORT}/v1/traces`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: draining in-flight work`);
    const force = setTimeout(() => {
      log.error('shutdown took longer than 30 s; exiting');
      process.exit(1);
    }, 30_000);
    force.unref();
    await Promise.all([closeServer(otlp), ingest.drain()]);
    await closeServer(web);
    await app.close?.();
    await closeClickHouse();
    await closePostgres();
    log.info('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(`Tokenmeter failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
