// First-run setup on an installation with no account: the front door leads to setup, which creates the owner,
// organisation, project and a first API key shown once, then signs the owner in. Runs against its own server.
import { expect, test } from '@playwright/test';
import { startServer, type ServerHandle } from '../../helpers/server-process';
import { tempDir } from '../../helpers/temp-dir';
import { SetupPage } from '../pages/SetupPage';

let server: ServerHandle;
let tmp: ReturnType<typeof tempDir>;
const NO_INIT = { TOKENMETER_INIT_ADMIN_EMAIL: '', TOKENMETER_INIT_ADMIN_PASSWORD: '', TOKENMETER_INIT_PROJECT: '', TOKENMETER_INIT_API_KEY: '' };

test.beforeAll(async () => {
  tmp = tempDir('e2e-setup');
  server = await startServer({ dataDir: tmp.dir, env: NO_INIT });
});
test.afterAll(async () => {
  await server?.stop();
  tmp?.cleanup();
});

test('first-run setup creates the owner, organisation, project and a key shown once', async ({ page }) => {
  await page.goto(`${server.baseUrl}/`);
  await expect(page).toHaveURL(/\/setup$/);
  const setup = new SetupPage(page);
  await expect(setup.heading).toHaveText('Welcome to Tokenmeter');
  await page.screenshot({ path: 'tests/e2e/.screenshots/setup.png', fullPage: true });

  await setup.fill({ name: 'Olive Owner', email: 'olive@acme.test', password: 'olive@acme.test', organization: 'Acme', project: 'Support Bot' });
  await setup.submit();
  await expect(page.getByRole('alert').filter({ hasText: /./ })).toContainText('must differ from the email address');

  await page.getByLabel('Password').fill('a long owner password');
  await setup.submit();
  await expect(setup.newKey).toHaveText(/^tm_[A-Za-z0-9]{40}$/);
  const key = (await setup.newKey.textContent()) ?? '';
  await page.screenshot({ path: 'tests/e2e/.screenshots/setup-done.png', fullPage: true });

  // The key works at the receiver straight away.
  const otlp = await fetch(`${server.otlpUrl}/v1/traces`, { method: 'POST', headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' }, body: '{"resourceSpans":[]}' });
  expect(otlp.status).toBe(200);

  await setup.continueToProject();
  await expect(page).toHaveURL(/\/support-bot$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Support Bot');
  await expect(page.getByText('Send your first spans')).toBeVisible();
  await page.screenshot({ path: 'tests/e2e/.screenshots/project-overview.png', fullPage: true });

  // Setup is closed once an account exists.
  await page.goto(`${server.baseUrl}/setup`);
  await expect(page).not.toHaveURL(/\/setup$/);
});
