// Project settings in the browser: an admin changes what is redacted and adds a price; the org page creates a
// second project.
import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/sign-in';

test('redaction, attribution and prices are saved; a second project is created', async ({ page }) => {
  await signIn(page);
  await page.goto('/test-project/settings');
  await page.getByLabel('Tenant keys').fill('customer.id, account.id');
  await page.getByRole('button', { name: 'Save attribution' }).click();
  await expect(page.getByText('Saved. The receiver applies it from the next request.')).toBeVisible();
  await page.getByLabel('Email addresses').check();
  await page.getByLabel('Rule name').fill('codename');
  await page.getByLabel('Words (comma separated) or pattern').fill('Nightingale, Falcon');
  await page.getByRole('button', { name: 'Add rule' }).click();
  await page.getByRole('button', { name: 'Save redaction' }).click();
  await expect(page.getByText('Saved. The receiver applies it from the next request.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Tenant keys')).toHaveValue('customer.id, account.id');
  await expect(page.getByLabel('Email addresses')).toBeChecked();
  await expect(page.getByTestId('rule-codename')).toContainText('Nightingale, Falcon');
  await page.screenshot({ path: 'tests/e2e/.screenshots/project-settings.png', fullPage: true });

  await page.goto('/test-project/settings/prices');
  await page.getByLabel('Model or pattern').fill('acme-llama-*');
  await page.getByLabel(/^Input \$ \/ 1M/).fill('0.20');
  await page.getByLabel(/^Output \$ \/ 1M/).fill('0.40');
  await page.getByRole('button', { name: 'Add price' }).click();
  await expect(page.getByTestId('price-acme-llama-*')).toContainText('$0.20 / 1M');
  await page.screenshot({ path: 'tests/e2e/.screenshots/prices.png', fullPage: true });

  await page.goto('/orgs/test-project');
  await page.getByLabel('New project name').fill('Checkout assistant');
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByTestId('project-checkout-assistant')).toBeVisible();
  await page.screenshot({ path: 'tests/e2e/.screenshots/org-projects.png', fullPage: true });
  await page.getByLabel('Project', { exact: true }).selectOption('checkout-assistant');
  await expect(page).toHaveURL(/\/checkout-assistant$/);
});
