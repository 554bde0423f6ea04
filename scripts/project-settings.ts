// `npm run project:settings -- <show|set|add-price> --project <slug> ...`: a project's attribution keys, redaction
// choices and rules, and price overrides. With embedded stores, run it while Tokenmeter is stopped (the running
// server owns ./data); against a Postgres server it can run at any time, and the receiver sees changes within 10 s.
import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { closePostgres, getDb, getPostgres } from '@/lib/db/client';
import { env, EnvError } from '@/lib/env';
import { addPriceOverride, findProjectId, readProjectIngestSettings, updateProjectIngestSettings } from '@/lib/projects/update-project-settings';
import { OPTIONAL_DETECTORS, type CustomRule, type OptionalDetector } from '@/lib/redaction';

const USAGE = `Usage:
  npm run project:settings -- show --project <slug>
  npm run project:settings -- set --project <slug> [--redact email,phone,iban,national_id,ip_address]
      [--tenant-key <attribute>]... [--feature-key <attribute>]... [--user-key <attribute>]... [--session-key <attribute>]...
      [--hallucination-key <attribute>] [--redact-words <name>=<word>,<word>]... [--redact-regex <name>=<pattern>]...
  npm run project:settings -- add-price --project <slug> --model <name or glob> --from <YYYY-MM-DD>
      --input <USD per 1M tokens> --output <USD per 1M tokens> [--provider <name>] [--cache-read <USD>] [--cache-write <USD>] [--reasoning <USD>]`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    project: { type: 'string' },
    redact: { type: 'string' },
    'tenant-key': { type: 'string', multiple: true },
    'feature-key': { type: 'string', multiple: true },
    'user-key': { type: 'string', multiple: true },
    'session-key': { type: 'string', multiple: true },
    'hallucination-key': { type: 'string' },
    'redact-words': { type: 'string', multiple: true },
    'redact-regex': { type: 'string', multiple: true },
    model: { type: 'string' },
    provider: { type: 'string' },
    from: { type: 'string' },
    input: { type: 'string' },
    output: { type: 'string' },
    'cache-read': { type: 'string' },
    'cache-write': { type: 'string' },
    reasoning: { type: 'string' },
  },
});

function named(option: string, entries: readonly string[] | undefined): [string, string][] {
  return (entries ?? []).map((entry) => {
    const at = entry.indexOf('=');
    if (at < 1) throw new Error(`--${option} expects <name>=<value>, got "${entry}".`);
    return [entry.slice(0, at), entry.slice(at + 1)];
  });
}

async function refuseWhileEmbeddedServerRuns(): Promise<void> {
  const e = env();
  if (e.DATABASE_URL) return;
  const running = await fetch(`http://127.0.0.1:${e.PORT}/api/health`, { signal: AbortSignal.timeout(1000) }).then(
    () => true,
    () => false,
  );
  if (running) throw new Error(`Tokenmeter is running on port ${e.PORT} and owns the embedded database: stop it, run this again, then start it.`);
}

async function main(): Promise<void> {
  const command = positionals[0];
  if (!command || !['show', 'set', 'add-price'].includes(command) || !values.project) throw new Error(USAGE);
  await refuseWhileEmbeddedServerRuns();
  await getPostgres();
  const db = await getDb();
  const projectId = await findProjectId(db, values.project);
  if (command === 'show') {
    process.stdout.write(`${JSON.stringify(await readProjectIngestSettings(db, projectId), null, 2)}\n`);
  } else if (command === 'set') {
    const detectors = values.redact?.split(',').map((d) => d.trim()).filter(Boolean);
    const unknown = detectors?.filter((d) => !(OPTIONAL_DETECTORS as readonly string[]).includes(d));
    if (unknown && unknown.length > 0) throw new Error(`Unknown detector ${unknown.join(', ')}; choose from ${OPTIONAL_DETECTORS.join(', ')} (secrets and payment cards are always on).`);
    const rules: CustomRule[] = [
      ...named('redact-words', values['redact-words']).map(([name, words]): CustomRule => ({ kind: 'words', name, words: words.split(',') })),
      ...named('redact-regex', values['redact-regex']).map(([name, pattern]): CustomRule => ({ kind: 'regex', name, pattern, caseInsensitive: false })),
    ];
    const saved = await updateProjectIngestSettings(db, projectId, {
      attribution: {
        ...(values['tenant-key'] && { tenantKeys: values['tenant-key'] }),
        ...(values['feature-key'] && { featureKeys: values['feature-key'] }),
        ...(values['user-key'] && { userKeys: values['user-key'] }),
        ...(values['session-key'] && { sessionKeys: values['session-key'] }),
        ...(values['hallucination-key'] && { hallucinationKey: values['hallucination-key'] }),
      },
      redaction: { ...(detectors && { detectors: detectors as OptionalDetector[] }), ...(rules.length > 0 && { customRules: rules }) },
    });
    process.stdout.write(`Saved.\n${JSON.stringify(saved, null, 2)}\n`);
  } else {
    if (!values.model || !values.from || !values.input || !values.output) throw new Error(USAGE);
    const id = await addPriceOverride(db, {
      projectId,
      provider: values.provider,
      modelPattern: values.model,
      effectiveFrom: new Date(values.from),
      prices: { input: values.input, output: values.output, cache_read: values['cache-read'], cache_write: values['cache-write'], reasoning: values.reasoning },
    });
    process.stdout.write(`Price override ${id} added: ${values.model} from ${values.from}.\n`);
  }
}

main().then(
  () => closePostgres().then(() => process.exit(0)),
  async (err: unknown) => {
    const message =
      err instanceof ZodError
        ? `Not saved: ${err.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ')}`
        : err instanceof EnvError || err instanceof Error
          ? err.message
          : String(err);
    process.stderr.write(`${message}\n`);
    await closePostgres().catch(() => undefined);
    process.exit(1);
  },
);
