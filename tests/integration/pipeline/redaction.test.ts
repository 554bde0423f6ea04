// Invariant 5: planted PII and secrets in content, attributes, events and status messages never reach ClickHouse
// (any column of any table) nor the server's log. Postgres runs as a server so that the test can choose the
// project's detectors while Tokenmeter runs; ClickHouse is scanned from disk after the server stopped.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { projects } from '@/drizzle/schema';
import { openClickHouse } from '@/lib/clickhouse/client';
import { openPostgres } from '@/lib/db/client';
import { saveProjectSettings } from '@/lib/db/queries/save-project-settings';
import { parseEnv } from '@/lib/env';
import { exportSpans, hex, officialExporter, readableSpan } from '../../helpers/otel-spans';
import { createScratchDatabase } from '../../helpers/postgres-server';
import { startServer, type ServerHandle } from '../../helpers/server-process';
import { tempDir } from '../../helpers/temp-dir';

const PLANTED = {
  email: 'maria.gonzalez@example.org',
  phone: '+1 415 555 0132',
  card: '4012 8888 8888 1881',
  iban: 'DE89 3704 0044 0532 0130 00',
  ssn: '219-09-9999',
  ip: '198.51.100.77',
  openaiKey: 'sk-proj-Zx8Qm2Lr5Tn7Vb9Wc1Yd3Fg6Hj0Kk4Pp',
  githubToken: 'ghp_Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6J7k8',
  awsKeyId: 'AKIAQ3EGW7RP2EXAMPLE',
  codename: 'Project Nightingale',
};

let server: ServerHandle;
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
const tmp = tempDir('redaction');

beforeAll(async () => {
  scratch = await createScratchDatabase();
  server = await startServer({ dataDir: tmp.dir, env: { DATABASE_URL: scratch.url } });
  const pg = await openPostgres(parseEnv({ DATABASE_URL: scratch.url }));
  const [project] = await pg.db.select({ id: projects.id }).from(projects).where(eq(projects.slug, 'test-project'));
  await saveProjectSettings(pg.db, project?.id as string, {
    attribution: {},
    redaction: {
      detectors: ['email', 'phone', 'iban', 'national_id', 'ip_address'],
      customRules: [{ kind: 'words', name: 'codename', words: ['Project Nightingale'] }],
    },
  });
  await pg.close();
  // The receiver reads project settings at most 10 s old.
  await new Promise((r) => setTimeout(r, 10_500));
});
afterAll(async () => {
  if (server.process.exitCode === null) await server.stop();
  await scratch.drop();
  tmp.cleanup();
});

it('stores none of the planted values anywhere', async () => {
  const p = PLANTED;
  const traceId = hex(16);
  const startMs = Date.now() - 60_000;
  const userText = `Hi, I'm Maria (${p.email}, ${p.phone}). Refund card ${p.card} or IBAN ${p.iban}; SSN ${p.ssn}. About ${p.codename}.`;
  const spans = [
    readableSpan({
      traceId,
      spanId: hex(8),
      name: 'chat gpt-4o-mini',
      startMs,
      durationMs: 800,
      error: `upstream rejected key ${p.openaiKey}`,
      attributes: {
        'gen_ai.operation.name': 'chat',
        'gen_ai.provider.name': 'openai',
        'gen_ai.request.model': 'gpt-4o-mini',
        'gen_ai.usage.input_tokens': 120,
        'gen_ai.usage.output_tokens': 40,
        'gen_ai.input.messages': JSON.stringify([{ role: 'user', parts: [{ type: 'text', content: userText }] }]),
        'gen_ai.output.messages': JSON.stringify([
          { role: 'assistant', parts: [{ type: 'tool_call', id: 'c1', name: 'refund', arguments: { card: p.card, email: p.email } }], finish_reason: 'tool_call' },
        ]),
        'client.address': p.ip,
        'app.debug': `token=${p.githubToken} aws=${p.awsKeyId}`,
      },
      events: [{ name: 'gen_ai.user.message', atMs: startMs + 1, attributes: { content: `call me on ${p.phone}` } }],
      resource: { 'host.owner': p.email },
    }),
    readableSpan({
      traceId,
      spanId: hex(8),
      name: 'execute_tool refund',
      startMs: startMs + 900,
      durationMs: 50,
      attributes: { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'refund', 'gen_ai.tool.call.arguments': JSON.stringify({ card: p.card }) },
    }),
  ];
  const exporter = officialExporter('json', { baseUrl: server.otlpUrl, apiKey: server.apiKey, gzip: false });
  expect((await exportSpans(exporter, spans)).code).toBe(0);
  await exporter.shutdown();

  const trace = (await (await fetch(`${server.baseUrl}/api/public/traces/${traceId}`, { headers: { 'x-api-key': server.apiKey } })).json()) as {
    spans: { name: string; redactions: Record<string, number>; input: unknown }[];
  };
  const llm = trace.spans.find((s) => s.name === 'chat gpt-4o-mini');
  expect(llm?.redactions).toMatchObject({ email: expect.any(Number), phone: expect.any(Number), payment_card: expect.any(Number), iban: 1, national_id: 1, secret: 3, codename: 1, ip_address: 1 });
  // Placeholders are consistent within the trace: the card in the tool span is the same placeholder as in the chat.
  expect(JSON.stringify(trace)).toContain('[CARD_1]');
  expect(JSON.stringify(trace)).not.toContain('[CARD_2]');

  const log = server.output();
  expect(await server.stop()).toBe(0);
  const store = await openClickHouse(parseEnv({ TOKENMETER_DATA_DIR: tmp.dir }));
  try {
    const tables = ['spans', 'trace_rollup', 'usage_hourly'];
    let dump = '';
    for (const table of tables) {
      const result = await store.client.query({ query: `SELECT * FROM ${table}`, format: 'JSONEachRow' });
      dump += await result.text();
    }
    expect(dump).toContain(traceId);
    const digitsOnly = (s: string) => s.replace(/\D/g, '');
    for (const [name, value] of Object.entries(PLANTED)) {
      expect(dump.includes(value), `${name} is stored`).toBe(false);
      expect(log.includes(value), `${name} is in the log`).toBe(false);
    }
    // Card and IBAN digits are not stored in any other grouping either.
    expect(dump.replace(/\D/g, '')).not.toContain(digitsOnly(PLANTED.card));
  } finally {
    await store.close();
  }
});
