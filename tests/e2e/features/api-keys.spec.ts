// API keys in the browser: create one (shown once), use it, revoke it, and the receiver refuses it at once.
import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/sign-in';
import { ApiKeysPage } from '../pages/ApiKeysPage';

test('create a key, send spans with it, revoke it, and it is refused on the next request', async ({ page }) => {
  await signIn(page);
  const keys = new ApiKeysPage(page);
  await keys.open('test-project');
  const key = await keys.create('browser exporter', { ingest: true, read: false });
  expect(key).toMatch(/^tm_/);
  await expect(keys.row('browser exporter')).toContainText('active');
  await expect(keys.row('browser exporter')).toContainText(key.slice(0, 10));
  await page.screenshot({ path: 'tests/e2e/.screenshots/api-keys-created.png', fullPage: true });

  const otlp = process.env.TOKENMETER_E2E_OTLP_URL;
  const send = () => fetch(`${otlp}/v1/traces`, { method: 'POST', headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' }, body: '{"resourceSpans":[]}' });
  expect((await send()).status).toBe(200);

  await keys.revoke('browser exporter');
  await expect(keys.row('browser exporter')).toContainText('revoked');
  expect((await send()).status).toBe(401);
  // The full key is never shown again.
  await page.reload();
  await expect(page.getByText(key)).toHaveCount(0);
  await page.screenshot({ path: 'tests/e2e/.screenshots/api-keys-revoked.png', fullPage: true });
});
