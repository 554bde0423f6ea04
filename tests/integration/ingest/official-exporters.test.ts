// The official OpenTelemetry exporters (protobuf and JSON, with and without gzip) against the real server: each
// variant stores the same rows, field by field. Runs with embedded stores and with a Postgres server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpanKind } from '@opentelemetry/api';
import { createScratchDatabase } from '../../helpers/postgres-server';
import { exportSpans, hex, officialExporter, readableSpan, type ExporterKind } from '../../helpers/otel-spans';
import { startServer, type ServerHandle } from '../../helpers/server-process';
import { tempDir } from '../../helpers/temp-dir';

const VARIANTS: { kind: ExporterKind; gzip: boolean; tag: string }[] = [
  { kind: 'proto', gzip: false, tag: 'a0' },
  { kind: 'proto', gzip: true, tag: 'a1' },
  { kind: 'json', gzip: false, tag: 'a2' },
  { kind: 'json', gzip: true, tag: 'a3' },
];

function traceSpans(traceId: string, spanIds: string[], startMs: number) {
  const [root, llm, tool] = spanIds as [string, string, string];
  return [
    readableSpan({
      traceId, spanId: root, name: 'POST /checkout', startMs, durationMs: 1200, kind: SpanKind.SERVER,
      attributes: { 'tenant.id': 'acme', 'http.status_code': 200, 'feature.flags': ['a', 'b'], ratio: 0.25, cached: false },
      resource: { 'service.version': '1.4.2' },
    }),
    readableSpan({
      traceId, spanId: llm, parentSpanId: root, name: 'chat gpt-4o', startMs: startMs + 10, durationMs: 900, kind: SpanKind.CLIENT,
      attributes: {
        'gen_ai.provider.name': 'openai', 'gen_ai.request.model': 'gpt-4o', 'gen_ai.usage.input_tokens': 1200,
        'gen_ai.usage.output_tokens': 85, 'gen_ai.input.messages': JSON.stringify([{ role: 'user', parts: [{ type: 'text', content: 'Héllo ✓ 你好' }] }]),
        'big.int': 2 ** 53,
      },
      events: [{ name: 'gen_ai.content.completion', atMs: startMs + 900, attributes: { 'gen_ai.completion': 'Hi there' } }],
    }),
    readableSpan({
      traceId, spanId: tool, parentSpanId: llm, name: 'execute_tool lookup_order', startMs: startMs + 300, durationMs: 40,
      error: 'order service timed out', attributes: { 'gen_ai.tool.name': 'lookup_order' },
    }),
  ];
}

describe.each(['embedded', 'server'] as const)('official exporters against the real server (Postgres %s)', (mode) => {
  let server: ServerHandle;
  const tmp = tempDir('exporters');
  let dropDb: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const extra: Record<string, string> = {};
    if (mode === 'server') {
      const scratch = await createScratchDatabase();
      extra.DATABASE_URL = scratch.url;
      dropDb = scratch.drop;
    }
    server = await startServer({ dataDir: tmp.dir, env: extra });
  });
  afterAll(async () => {
    await server.stop();
    await dropDb?.();
    tmp.cleanup();
  });

  it('stores identical rows whichever exporter, encoding and compression sent them', async () => {
    const base = hex(15);
    const spanIds = [hex(8), hex(8), hex(8)];
    const startMs = Date.now() - 60_000;
    for (const v of VARIANTS) {
      // Same spans in every variant except for the first byte of the trace id, so the variants do not collide.
      const exporter = officialExporter(v.kind, { baseUrl: server.otlpUrl, apiKey: server.apiKey, gzip: v.gzip });
      const result = await exportSpans(exporter, traceSpans(`${v.tag}${base}`, spanIds, startMs));
      expect(result.error?.message, `${v.kind} gzip=${v.gzip}`).toBeUndefined();
      expect(result.code).toBe(0);
      await exporter.shutdown();
    }

    const stored = [];
    for (const v of VARIANTS) {
      const r = await fetch(`${server.baseUrl}/api/public/traces/${v.tag}${base}`, { headers: { 'x-api-key': server.apiKey } });
      expect(r.status).toBe(200);
      const body = (await r.json()) as { spans: Record<string, unknown>[] };
      expect(body.spans).toHaveLength(3);
      stored.push(body.spans.map((s) => ({ ...s, traceId: String(s.traceId).slice(2) })));
    }
    for (const other of stored.slice(1)) expect(other).toEqual(stored[0]);

    const [root, llm, tool] = stored[0] as Record<string, any>[];
    expect(root).toMatchObject({
      name: 'POST /checkout', kind: 'server', parentSpanId: null, status: 'unset', serviceName: 'checkout-api',
      attributes: { 'tenant.id': 'acme', 'http.status_code': '200', 'feature.flags': '["a","b"]', ratio: '0.25', cached: 'false' },
      resourceAttributes: { 'service.name': 'checkout-api', 'service.version': '1.4.2', 'deployment.environment.name': 'test' },
      scope: { name: 'tokenmeter-tests', version: '1.0.0' },
    });
    expect(root?.durationMs).toBeCloseTo(1200, 3);
    expect(root?.startTimeUnixNano).toBe(`${BigInt(startMs) * 1_000_000n + 123n}`);
    expect(llm).toMatchObject({ parentSpanId: spanIds[0], kind: 'client', attributes: { 'big.int': '9007199254740992' } });
    expect(JSON.parse(llm?.attributes['gen_ai.input.messages'])[0].parts[0].content).toBe('Héllo ✓ 你好');
    expect(llm?.events).toEqual([
      expect.objectContaining({ name: 'gen_ai.content.completion', attributes: { 'gen_ai.completion': 'Hi there' } }),
    ]);
    expect(tool).toMatchObject({ status: 'error', statusMessage: 'order service timed out', parentSpanId: spanIds[1] });
  });
});
