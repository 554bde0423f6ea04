// Signing in and out in the browser: a wrong password is refused with a message, the right one opens the project,
// sign-out returns to the sign-in page and protected pages send you there.
import { expect, test } from '@playwright/test';
import { ADMIN } from '../fixtures/sign-in';
import { SignInPage } from '../pages/SignInPage';

test('a wrong password is refused; the right one opens the first project; sign-out ends the session', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  const form = new SignInPage(page);
  await form.signIn(ADMIN.email, 'not my password');
  await expect(form.error).toHaveText('That email and password do not match an account.');
  await page.screenshot({ path: 'tests/e2e/.screenshots/sign-in-wrong-password.png', fullPage: true });

  await form.password.fill(ADMIN.password);
  await form.submit.click();
  // The front door opens the first project this account can see (other specs may have added projects).
  await expect(page.getByRole('navigation', { name: 'Project' })).toBeVisible();
  await expect(page).not.toHaveURL(/sign-in/);
  await page.screenshot({ path: 'tests/e2e/.screenshots/signed-in.png', fullPage: true });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/test-project/settings/api-keys');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Ftest-project%2Fsettings%2Fapi-keys/);
});
