import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Every test file runs in its own forked process: chDB allows one data path per process, and PGlite keeps the
// event loop alive until closed, so process isolation is what keeps files independent.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    pool: 'forks',
    isolate: true,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    include: ['lib/**/*.test.ts', 'ingest/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/clients/**/*.test.ts'],
    exclude: ['node_modules/**', '.next/**', 'data/**', 'tests/e2e/**'],
  },
});
