// `npm run db:migrate`: applies the Postgres and ClickHouse migrations (and headless initialisation), then exits.
// With embedded stores, run it while Tokenmeter is stopped: the running server owns ./data.
import { closeClickHouse } from '@/lib/clickhouse/client';
import { closePostgres } from '@/lib/db/client';
import { env, EnvError } from '@/lib/env';
import { prepareStores } from '@/lib/stores';

try {
  const stores = await prepareStores(env(), { migrate: true });
  const applied = stores.clickhouseMigrations;
  process.stdout.write(
    `Postgres (${stores.postgres.mode}): migrations applied.\nClickHouse (${stores.clickhouse.mode}): ${applied.length ? `applied ${applied.join(', ')}` : 'already up to date'}.\n`,
  );
  await closeClickHouse();
  await closePostgres();
} catch (err) {
  process.stderr.write(`${err instanceof EnvError ? err.message : `Migration failed: ${err instanceof Error ? err.message : String(err)}`}\n`);
  process.exit(1);
}
