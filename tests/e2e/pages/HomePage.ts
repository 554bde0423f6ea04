// Page object for the start page (stores, projects, how to send spans).
import type { Locator, Page } from '@playwright/test';

export class HomePage {
  readonly heading: Locator;
  readonly stores: Locator;
  readonly projects: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.stores = page.locator('section', { hasText: 'Stores' });
    this.projects = page.locator('section', { hasText: 'Projects' });
  }

  async open(): Promise<void> {
    await this.page.goto('/');
  }

  projectRow(name: string): Locator {
    return this.projects.getByRole('row', { name: new RegExp(name) });
  }
}
