// Overload: far more than the write queue holds, offered at once through the official protobuf exporter. The
// exporter sees 503 with Retry-After, retries, and every span ends up stored exactly once.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { countingProxy, type CountingProxy } from '../../helpers/counting-proxy';
import { exportSpans, hex, officialExporter, readableSpan } from '../../helpers/otel-spans';
import { startServer, type ServerHandle } from '../../helpers/server-process';
import { tempDir } from '../../helpers/temp-dir';

let server: ServerHandle;
let proxy: CountingProxy;
const tmp = tempDir('overload');

beforeAll(async () => {
  server = await startServer({
    dataDir: tmp.dir,
    env: { TOKENMETER_INGEST_QUEUE_SPANS: '1000', TOKENMETER_INGEST_BATCH_SPANS: '500', TOKENMETER_INGEST_BATCH_DELAY_MS: '100' },
  });
  proxy = await countingProxy(server.otlpUrl);
});
afterAll(async () => {
  await proxy.close();
  await server.stop();
  tmp.cleanup();
});

it('makes the exporter back off and retry until every span is stored once', async () => {
  const EXPORTS = 10;
  const SPANS = 400;
  const traceIds = Array.from({ length: EXPORTS }, () => hex(16));
  const startMs = Date.now() - 10_000;
  const results = await Promise.all(
    traceIds.map(async (traceId) => {
      const exporter = officialExporter('proto', { baseUrl: proxy.url, apiKey: server.apiKey, gzip: true, timeoutMillis: 30_000 });
      const spans = Array.from({ length: SPANS }, (_, i) =>
        readableSpan({ traceId, spanId: hex(8), name: `chunk ${i}`, startMs: startMs + i, durationMs: 2, attributes: { pad: 'x'.repeat(200) } }),
      );
      const result = await exportSpans(exporter, spans);
      await exporter.shutdown();
      return result;
    }),
  );
  expect(results.map((r) => r.code)).toEqual(results.map(() => 0));
  expect(proxy.statuses.get(503) ?? 0).toBeGreaterThan(0);
  expect(proxy.retryAfter.length).toBeGreaterThan(0);

  let total = 0;
  for (const traceId of traceIds) {
    const r = await fetch(`${server.baseUrl}/api/public/traces/${traceId}`, { headers: { 'x-api-key': server.apiKey } });
    total += ((await r.json()) as { spans: unknown[] }).spans.length;
  }
  expect(total).toBe(EXPORTS * SPANS);
});
