// Page object for a project's API keys settings.
import type { Locator, Page } from '@playwright/test';

export class ApiKeysPage {
  readonly newKey: Locator;

  constructor(private readonly page: Page) {
    this.newKey = page.getByTestId('new-api-key');
  }

  async open(project: string): Promise<void> {
    await this.page.goto(`/${project}/settings/api-keys`);
  }

  async create(name: string, scopes: { ingest: boolean; read: boolean }): Promise<string> {
    await this.page.getByLabel('New key name').fill(name);
    await this.page.getByRole('checkbox', { name: 'ingest' }).setChecked(scopes.ingest);
    await this.page.getByRole('checkbox', { name: 'read' }).setChecked(scopes.read);
    await this.page.getByRole('button', { name: 'Create key' }).click();
    await this.newKey.waitFor();
    return (await this.newKey.textContent())?.trim() ?? '';
  }

  row(name: string): Locator {
    return this.page.getByTestId(`key-${name}`);
  }

  async revoke(name: string): Promise<void> {
    this.page.once('dialog', (d) => void d.accept());
    await this.row(name).getByRole('button', { name: 'Revoke' }).click();
  }
}
