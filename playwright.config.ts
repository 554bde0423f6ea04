// Browser end-to-end tests: Debian's Chromium (/usr/bin/chromium) driven by Playwright; no browser is downloaded.
import { defineConfig } from '@playwright/test';

const CHROMIUM = process.env.TOKENMETER_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './tests/e2e/features',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  globalSetup: './tests/e2e/fixtures/global-setup.ts',
  use: {
    baseURL: process.env.TOKENMETER_E2E_BASE_URL,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
});
