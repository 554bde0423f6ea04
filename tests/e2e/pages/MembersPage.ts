// Page object for an organisation's members and invitations.
import type { Locator, Page } from '@playwright/test';

export class MembersPage {
  readonly invitationLink: Locator;

  constructor(private readonly page: Page) {
    this.invitationLink = page.getByTestId('invitation-link');
  }

  async open(org: string): Promise<void> {
    await this.page.goto(`/orgs/${org}/members`);
  }

  async invite(role: string): Promise<string> {
    await this.page.getByLabel('Invite as').selectOption(role);
    await this.page.getByRole('button', { name: 'Create invitation link' }).click();
    await this.invitationLink.waitFor();
    return (await this.invitationLink.textContent())?.trim() ?? '';
  }

  row(email: string): Locator {
    return this.page.getByTestId(`member-${email}`);
  }

  async setRole(email: string, role: string): Promise<void> {
    await this.page.getByLabel(`Role of ${email}`).selectOption(role);
  }
}
