// Page object for an invitation link, as the invited person sees it.
import type { Page } from '@playwright/test';

export class InvitePage {
  constructor(private readonly page: Page) {}

  async open(link: string): Promise<void> {
    await this.page.goto(new URL(link).pathname);
  }

  async register(name: string, email: string, password: string): Promise<void> {
    await this.page.getByLabel('Your name').fill(name);
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Create account and join' }).click();
  }
}
