// A project's ingest settings round-trip through embedded Postgres and are what the receiver compiles; bad
// settings are refused when saved, with a message that names the problem. Also the CLI that operators use.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { initFromEnv } from '@/lib/bootstrap/init-from-env';
import { openPostgres, type PostgresStore } from '@/lib/db/client';
import { migratePostgres } from '@/lib/db/migrate';
import { parseEnv } from '@/lib/env';
import { loadProjectIngestConfig } from '@/lib/projects/ingest-config';
import { addPriceOverride, findProjectId, updateProjectIngestSettings } from '@/lib/projects/update-project-settings';
import { tempDir } from '../../helpers/temp-dir';

const INIT = {
  TOKENMETER_INIT_ADMIN_EMAIL: 'admin@example.com',
  TOKENMETER_INIT_ADMIN_PASSWORD: 'correct horse battery',
  TOKENMETER_INIT_PROJECT: 'checkout',
  TOKENMETER_INIT_API_KEY: 'tm_test_0123456789abcdefghijkl',
};
const tmp = tempDir('project-settings');
const env = parseEnv({ TOKENMETER_DATA_DIR: tmp.dir, ...INIT });
let store: PostgresStore;
let projectId: string;

beforeAll(async () => {
  store = await openPostgres(env);
  await migratePostgres(store);
  await initFromEnv(store.db, env);
  projectId = await findProjectId(store.db, 'checkout');
});
afterAll(async () => {
  await store.close();
  tmp.cleanup();
});

it('saves attribution keys, detectors and rules that the receiver then uses', async () => {
  await updateProjectIngestSettings(store.db, projectId, {
    attribution: { tenantKeys: ['customer.id'], hallucinationKey: 'qa.hallucinated' },
    redaction: { detectors: ['email'], customRules: [{ kind: 'words', name: 'codename', words: ['Nightingale'] }] },
  });
  await addPriceOverride(store.db, { projectId, provider: 'vllm', modelPattern: 'acme-llama-*', effectiveFrom: new Date('2026-01-01'), prices: { input: '0.2', output: '0.4' } });
  const config = await loadProjectIngestConfig(store.db, projectId);
  expect(config.normalise.tenantKeys[0]).toBe('customer.id');
  expect(config.normalise.tenantKeys).toContain('tenant.id');
  expect(config.normalise.hallucinationKey).toBe('qa.hallucinated');
  expect(config.overrides).toEqual([
    expect.objectContaining({ provider: 'vllm', modelPattern: 'acme-llama-*', prices: { input: '0.2', output: '0.4' }, effectiveFrom: new Date('2026-01-01') }),
  ]);
  const span = config.redactSpan('t1');
  expect(span.redact('mail a@example.com about Nightingale, phone 555-123-4567')).toBe('mail [EMAIL_1] about [CODENAME_1], phone 555-123-4567');
});

it('refuses settings that could not run, and keeps the previous ones', async () => {
  await expect(updateProjectIngestSettings(store.db, projectId, { redaction: { customRules: [{ kind: 'regex', name: 'slow', pattern: '(\\w+)*x', caseInsensitive: false }] } })).rejects.toThrow(
    /Redaction rule \\?"slow\\?": it repeats a group that itself contains a quantifier/,
  );
  await expect(addPriceOverride(store.db, { projectId, modelPattern: 'x', effectiveFrom: new Date('2026-01-01'), prices: { input: '-1', output: '1' } })).rejects.toThrow(/plain decimal/);
  const config = await loadProjectIngestConfig(store.db, projectId);
  expect(config.redactSpan('t2').redact('about Nightingale')).toBe('about [CODENAME_1]');
});

it('is what `npm run project:settings -- show` prints', async () => {
  await store.close();
  const root = path.resolve(import.meta.dirname, '../../..');
  const run = promisify(execFile);
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/project-settings.ts', 'show', '--project', 'checkout'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'test', TOKENMETER_DATA_DIR: tmp.dir, PORT: '1' },
  });
  const shown = JSON.parse(stdout) as { attribution: { tenantKeys: string[] }; redaction: { detectors: string[] } };
  expect(shown.attribution.tenantKeys).toEqual(['customer.id']);
  // Secrets and payment cards are always on, and listed as such.
  expect(shown.redaction.detectors).toEqual(['secret', 'payment_card', 'email']);
  store = await openPostgres(env);
});
