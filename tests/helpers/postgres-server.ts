// The real Postgres server for server-mode tests: TOKENMETER_TEST_DATABASE_URL (set by scripts/test-all.sh and
// .ci/run). Each caller gets a database of its own, dropped afterwards.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

export function testPostgresUrl(): string {
  const url = process.env.TOKENMETER_TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      'TOKENMETER_TEST_DATABASE_URL is not set: server-mode tests need a Postgres server. Run the suite with `npm test` (it starts one) or set the variable.',
    );
  }
  return url;
}

export async function createScratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = postgres(testPostgresUrl(), { max: 1, onnotice: () => {} });
  const name = `tm_test_${randomBytes(6).toString('hex')}`;
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(testPostgresUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
