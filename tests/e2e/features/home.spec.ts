import { expect, test } from '@playwright/test';
import { HomePage } from '../pages/HomePage';

test('the start page shows both stores healthy and the initialised project', async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  await expect(home.heading).toHaveText('Your installation');
  await expect(home.stores).toContainText('ClickHouse (spans)');
  await expect(home.stores).toContainText('embedded');
  await expect(home.stores.locator('.bg-emerald-500')).toHaveCount(2);
  await expect(home.projectRow('test-project')).toBeVisible();
  await page.screenshot({ path: 'tests/e2e/.screenshots/home.png', fullPage: true });
});

test('the health endpoint reports both stores', async ({ request }) => {
  const r = await request.get('/api/health');
  expect(r.status()).toBe(200);
  const body = await r.json();
  expect(body.clickhouse).toMatchObject({ ok: true, mode: 'embedded' });
  expect(body.postgres).toMatchObject({ ok: true, mode: 'embedded' });
  expect(body.clickhouse.version).toMatch(/^\d+\.\d+/);
});
