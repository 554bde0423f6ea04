// Invariant 3: attribution is a property of the trace. The LLM children of a trace arrive in one request, the root
// that carries `tenant.id` arrives later; the children's cost is the tenant's in the read API and in the grouped
// cost query, and nothing is left in the unattributed bucket.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportSpans, hex, officialExporter, readableSpan } from '../../helpers/otel-spans';
import { startServer, type ServerHandle } from '../../helpers/server-process';
import { tempDir } from '../../helpers/temp-dir';

let server: ServerHandle;
const tmp = tempDir('out-of-order');

beforeAll(async () => {
  server = await startServer({ dataDir: tmp.dir });
});
afterAll(async () => {
  await server.stop();
  tmp.cleanup();
});

interface ApiSpan {
  spanId: string;
  tenantId: string | null;
  feature: string | null;
  costStatus: string | null;
  cost: { total: string } | null;
  billable: boolean;
}

it("counts children that arrive before their root for the root's tenant", async () => {
  const traceId = hex(16);
  const rootId = hex(8);
  const startMs = Date.now() - 60_000;
  const llm = (name: string, offset: number, input: number, output: number) =>
    readableSpan({
      traceId,
      spanId: hex(8),
      parentSpanId: rootId,
      name,
      startMs: startMs + offset,
      durationMs: 900,
      attributes: {
        'gen_ai.operation.name': 'chat',
        'gen_ai.provider.name': 'openai',
        'gen_ai.request.model': 'gpt-4o-mini',
        'gen_ai.usage.input_tokens': input,
        'gen_ai.usage.output_tokens': output,
      },
    });
  const children = [llm('chat gpt-4o-mini', 10, 1200, 300), llm('chat gpt-4o-mini', 1000, 800, 150)];
  const root = readableSpan({
    traceId,
    spanId: rootId,
    name: 'POST /support/answer',
    startMs,
    durationMs: 3000,
    attributes: { 'tenant.id': 'acme', 'app.feature': 'support-chat' },
  });

  const exporter = officialExporter('proto', { baseUrl: server.otlpUrl, apiKey: server.apiKey, gzip: false });
  expect((await exportSpans(exporter, children)).code).toBe(0);
  expect((await exportSpans(exporter, [root])).code).toBe(0);
  await exporter.shutdown();

  const headers = { 'x-api-key': server.apiKey };
  const trace = (await (await fetch(`${server.baseUrl}/api/public/traces/${traceId}`, { headers })).json()) as { spans: ApiSpan[] };
  expect(trace.spans).toHaveLength(3);
  const llmSpans = trace.spans.filter((s) => s.spanId !== rootId);
  for (const s of llmSpans) {
    expect(s.tenantId).toBe('acme');
    expect(s.costStatus).toBe('priced');
    expect(Number(s.cost?.total)).toBeGreaterThan(0);
  }
  const childCost = llmSpans.reduce((sum, s) => sum + Number(s.cost?.total), 0);

  const from = new Date(startMs - 3_600_000).toISOString();
  const cost = (await (await fetch(`${server.baseUrl}/api/public/cost?from=${from}`, { headers })).json()) as {
    rows: { tenantId: string; cost: string; llmCalls: number }[];
  };
  const acme = cost.rows.filter((r) => r.tenantId === 'acme');
  expect(acme).toHaveLength(1);
  expect(acme[0]?.llmCalls).toBe(2);
  expect(Number(acme[0]?.cost)).toBeCloseTo(childCost, 12);
  expect(cost.rows.filter((r) => r.tenantId === '(unattributed)')).toEqual([]);
});
