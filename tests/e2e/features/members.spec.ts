// Members in the browser: an admin invites a finance colleague by link, the colleague registers through it and sees
// costs pages but not API keys; the admin makes them an engineer and the keys page opens. The link works once.
import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/sign-in';
import { InvitePage } from '../pages/InvitePage';
import { MembersPage } from '../pages/MembersPage';

const COLLEAGUE = { name: 'Fiona Finance', email: 'fiona@example.com', password: 'fiona-long-password' };

test('invite a finance member, who joins by link; change their role to engineer', async ({ page, browser }) => {
  await signIn(page);
  const members = new MembersPage(page);
  await members.open('test-project');
  const link = await members.invite('finance');
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}$/);
  await page.screenshot({ path: 'tests/e2e/.screenshots/members-invite.png', fullPage: true });

  // The colleague, in a browser of their own.
  const theirs = await browser.newContext();
  const colleague = await theirs.newPage();
  const invite = new InvitePage(colleague);
  await invite.open(link);
  await expect(colleague.getByRole('heading', { level: 1 })).toHaveText('Join test-project');
  await expect(colleague.getByText('You are invited as finance')).toBeVisible();
  await colleague.screenshot({ path: 'tests/e2e/.screenshots/invite-accept.png', fullPage: true });
  await invite.register(COLLEAGUE.name, COLLEAGUE.email, COLLEAGUE.password);
  await expect(colleague).toHaveURL(/\/orgs\/test-project$/);

  // Finance sees the project and its prices, not its API keys.
  await colleague.goto('/test-project/settings/prices');
  await expect(colleague.getByRole('heading', { level: 1 })).toHaveText('Project settings');
  await colleague.goto('/test-project/settings/api-keys');
  await expect(colleague.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  await colleague.screenshot({ path: 'tests/e2e/.screenshots/finance-forbidden.png', fullPage: true });

  // The link was used up.
  const again = await browser.newContext();
  const stranger = await again.newPage();
  await new InvitePage(stranger).open(link);
  await expect(stranger.getByText('This invitation link has been used already.')).toBeVisible();
  await again.close();

  // The admin makes them an engineer; the keys page opens for them on their next request.
  await members.open('test-project');
  await expect(members.row(COLLEAGUE.email)).toBeVisible();
  await members.setRole(COLLEAGUE.email, 'engineer');
  await expect(page.getByLabel(`Role of ${COLLEAGUE.email}`)).toHaveValue('engineer');
  await page.screenshot({ path: 'tests/e2e/.screenshots/members-role-changed.png', fullPage: true });
  await colleague.goto('/test-project/settings/api-keys');
  await expect(colleague.getByRole('button', { name: 'Create key' })).toBeVisible();

  // The audit log shows what happened.
  await page.goto('/orgs/test-project/audit');
  await expect(page.getByTestId('audit-entry').filter({ hasText: 'Role changed' }).first()).toContainText(COLLEAGUE.email);
  await expect(page.getByTestId('audit-entry').filter({ hasText: 'Invitation accepted' }).first()).toBeVisible();
  await page.screenshot({ path: 'tests/e2e/.screenshots/audit-log.png', fullPage: true });
  await theirs.close();
});
