// GET /api/health answers 503 and says which store is down.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir';

const tmp = tempDir('health');

beforeAll(() => {
  // A Postgres server that is not there (nothing listens on port 1); ClickHouse stays embedded.
  process.env.DATABASE_URL = 'postgres://nobody@127.0.0.1:1/nothing';
  process.env.TOKENMETER_DATA_DIR = tmp.dir;
});
afterAll(async () => {
  const { closeClickHouse } = await import('@/lib/clickhouse/client');
  await closeClickHouse();
  tmp.cleanup();
});

it('reports the store that is down and answers 503', async () => {
  const { GET } = await import('@/app/api/health/route');
  const r = await GET();
  expect(r.status).toBe(503);
  const body = (await r.json()) as Record<string, any>;
  expect(body.ok).toBe(false);
  expect(body.clickhouse).toMatchObject({ ok: true, mode: 'embedded' });
  expect(body.postgres).toMatchObject({ ok: false, mode: 'server' });
  expect(body.postgres.error).toBeTruthy();
});
