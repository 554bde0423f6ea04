// Page object for first-run setup.
import type { Locator, Page } from '@playwright/test';

export class SetupPage {
  readonly heading: Locator;
  readonly newKey: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.newKey = page.getByTestId('new-api-key');
  }

  async fill(input: { name: string; email: string; password: string; organization: string; project: string }): Promise<void> {
    await this.page.getByLabel('Your name').fill(input.name);
    await this.page.getByLabel('Email').fill(input.email);
    await this.page.getByLabel('Password').fill(input.password);
    await this.page.getByLabel('Organisation').fill(input.organization);
    await this.page.getByLabel('First project').fill(input.project);
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Create and continue' }).click();
  }

  async continueToProject(): Promise<void> {
    await this.page.getByRole('button', { name: /^Continue to / }).click();
  }
}
