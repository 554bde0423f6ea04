// Mutated OTLP bodies against the real server: each gets a 400 or a (partial) success, a 400 stores nothing, a
// success stores exactly the spans it did not reject, and the process stays up throughout.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hex, readableSpan } from '../../helpers/otel-spans';
import { jsonBody, postTraces, protobufBody } from '../../helpers/otlp-bodies';
import { startServer, type ServerHandle } from '../../helpers/server-process';
import { tempDir } from '../../helpers/temp-dir';

let server: ServerHandle;
const tmp = tempDir('fuzz-server');

beforeAll(async () => {
  server = await startServer({ dataDir: tmp.dir, env: { TOKENMETER_KEY_RATE_LIMIT_SPANS: '0' } });
});
afterAll(async () => {
  await server.stop();
  tmp.cleanup();
});

// Deterministic PRNG so a failure can be replayed.
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function countStored(): Promise<number> {
  let total = 0;
  let cursor: string | null = null;
  do {
    const url = `${server.baseUrl}/api/public/spans?from=0&limit=1000${cursor ? `&cursor=${cursor}` : ''}`;
    const r = await fetch(url, { headers: { 'x-api-key': server.apiKey } });
    const body = (await r.json()) as { spans: unknown[]; nextCursor: string | null };
    total += body.spans.length;
    cursor = body.nextCursor;
  } while (cursor);
  return total;
}

function spans(n: number) {
  const traceId = hex(16);
  return Array.from({ length: n }, (_, i) =>
    readableSpan({ traceId, spanId: hex(8), name: `s${i}`, startMs: Date.now() - 1000, durationMs: 1, attributes: { k: `v${i}`, n: i, list: [1, 2] } }),
  );
}

it('answers every mutated body with 400 or 200 and never stores garbage', async () => {
  const rand = mulberry32(20261122);
  const headers = { 'x-api-key': server.apiKey };
  let expected = await countStored();
  const seen = new Map<number, number>();
  for (let i = 0; i < 240; i++) {
    const n = 3;
    const json = i % 2 === 1;
    let body: Uint8Array | string;
    if (json) {
      const text = jsonBody(spans(n));
      const mode = Math.floor(rand() * 3);
      if (mode === 0) body = text.slice(0, Math.floor(rand() * text.length));
      else if (mode === 1) {
        const at = Math.floor(rand() * text.length);
        body = text.slice(0, at) + ['null', '1', '"x"', '[]', '{}', '"'][Math.floor(rand() * 6)] + text.slice(at + 1);
      } else body = text;
    } else {
      const bytes = protobufBody(spans(n)).slice();
      const mode = Math.floor(rand() * 3);
      if (mode === 0) body = bytes.subarray(0, Math.floor(rand() * bytes.length));
      else if (mode === 1) {
        for (let f = 0; f < 1 + Math.floor(rand() * 4); f++) {
          const at = Math.floor(rand() * bytes.length);
          bytes[at] = (bytes[at] as number) ^ (1 << Math.floor(rand() * 8));
        }
        body = bytes;
      } else body = bytes;
    }
    const r = await postTraces(server.otlpUrl, body, { ...headers, 'Content-Type': json ? 'application/json' : 'application/x-protobuf' });
    seen.set(r.status, (seen.get(r.status) ?? 0) + 1);
    expect([200, 400], `case ${i}`).toContain(r.status);
    if (r.status === 200) {
      // How many the answer says were stored: all but the rejected ones (decoded spans may be fewer than sent).
      const stored = await countStored();
      expect(stored - expected, `case ${i}`).toBeGreaterThanOrEqual(0);
      expect(stored - expected, `case ${i}`).toBeLessThanOrEqual(n);
      expected = stored;
    } else {
      expect(await countStored(), `case ${i}: a 400 stored nothing`).toBe(expected);
    }
  }
  expect(seen.get(400)).toBeGreaterThan(20);
  expect(seen.get(200)).toBeGreaterThan(20);
  const health = await fetch(`${server.baseUrl}/api/health`);
  expect(health.status).toBe(200);
});
