// Acked means stored: spans acknowledged before a SIGKILL are all there after a restart on the same data, and a
// clean SIGTERM drains and exits 0. Also the foundation's "a second start finds all data".
import { afterAll, describe, expect, it } from 'vitest';
import { hex, readableSpan } from '../../helpers/otel-spans';
import { postTraces, protobufBody } from '../../helpers/otlp-bodies';
import { startServer, type ServerHandle } from '../../helpers/server-process';
import { tempDir } from '../../helpers/temp-dir';

const tmp = tempDir('crash');
afterAll(() => tmp.cleanup());

const SPANS_PER_REQUEST = 50;

async function spanCount(server: ServerHandle, traceId: string): Promise<number> {
  const r = await fetch(`${server.baseUrl}/api/public/traces/${traceId}`, { headers: { 'x-api-key': server.apiKey } });
  if (r.status === 404) return 0;
  expect(r.status).toBe(200);
  return ((await r.json()) as { spans: unknown[] }).spans.length;
}

describe('crash safety', () => {
  it('keeps every acknowledged span through a SIGKILL mid-stream', async () => {
    let server = await startServer({ dataDir: tmp.dir });
    const acked: string[] = [];
    let sending = true;
    const sender = async () => {
      while (sending) {
        const traceId = hex(16);
        const spans = Array.from({ length: SPANS_PER_REQUEST }, (_, i) =>
          readableSpan({ traceId, spanId: hex(8), name: `op ${i}`, startMs: Date.now() - 1000, durationMs: 3 }),
        );
        try {
          const r = await postTraces(server.otlpUrl, protobufBody(spans), {
            'x-api-key': server.apiKey,
            'Content-Type': 'application/x-protobuf',
          });
          if (r.status === 200) acked.push(traceId);
        } catch {
          // The connection died with the server: not acknowledged, so the exporter would retry it.
        }
      }
    };
    const senders = Array.from({ length: 4 }, sender);
    await new Promise((r) => setTimeout(r, 2_500));
    await server.kill();
    sending = false;
    await Promise.all(senders);
    expect(acked.length).toBeGreaterThan(10);

    server = await startServer({ dataDir: tmp.dir });
    try {
      const counts = await Promise.all(acked.map((t) => spanCount(server, t)));
      expect(counts.filter((c) => c !== SPANS_PER_REQUEST)).toEqual([]);
    } finally {
      const code = await server.stop();
      expect(code).toBe(0);
      expect(server.output()).toMatch(/stopped cleanly/);
    }
  });

  it('finds the data again after a clean stop', async () => {
    const server = await startServer({ dataDir: tmp.dir });
    try {
      const r = await fetch(`${server.baseUrl}/api/public/spans?from=${Date.now() - 3_600_000}&limit=10`, {
        headers: { 'x-api-key': server.apiKey },
      });
      expect(r.status).toBe(200);
      const body = (await r.json()) as { spans: unknown[]; nextCursor: string | null };
      expect(body.spans).toHaveLength(10);
      expect(body.nextCursor).toBeTruthy();
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});
