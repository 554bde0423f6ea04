import { expect, test } from '@playwright/test';

test('the health endpoint reports both stores', async ({ request }) => {
  const r = await request.get('/api/health');
  expect(r.status()).toBe(200);
  const body = await r.json();
  expect(body.clickhouse).toMatchObject({ ok: true, mode: 'embedded' });
  expect(body.postgres).toMatchObject({ ok: true, mode: 'embedded' });
  expect(body.clickhouse.version).toMatch(/^\d+\.\d+/);
});
