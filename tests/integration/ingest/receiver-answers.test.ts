// Every answer of POST /v1/traces, against the real server: spec status codes and bodies, and nothing stored
// for a rejected request.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hex, readableSpan } from '../../helpers/otel-spans';
import { jsonBody, postTraces, protobufBody } from '../../helpers/otlp-bodies';
import { startServer, type ServerHandle } from '../../helpers/server-process';
import { tempDir } from '../../helpers/temp-dir';

let server: ServerHandle;
const tmp = tempDir('answers');
const LIMIT = 1024 * 1024;

beforeAll(async () => {
  server = await startServer({
    dataDir: tmp.dir,
    env: { TOKENMETER_MAX_BODY_BYTES: String(LIMIT), TOKENMETER_KEY_RATE_LIMIT_SPANS: '1000' },
  });
});
afterAll(async () => {
  await server.stop();
  tmp.cleanup();
});

const auth = () => ({ Authorization: `Bearer ${server.apiKey}` });
const spansOf = (traceId: string, n: number) =>
  Array.from({ length: n }, (_, i) =>
    readableSpan({ traceId, spanId: hex(8), name: `step ${i}`, startMs: Date.now() - 5_000 + i, durationMs: 5 }),
  );

async function storedCount(traceId: string): Promise<number> {
  const r = await fetch(`${server.baseUrl}/api/public/traces/${traceId}`, { headers: auth() });
  if (r.status === 404) return 0;
  return ((await r.json()) as { spans: unknown[] }).spans.length;
}

describe('POST /v1/traces answers', () => {
  it('accepts an empty request as a success', async () => {
    const r = await postTraces(server.otlpUrl, '{}', { ...auth(), 'Content-Type': 'application/json' });
    expect(r.status).toBe(200);
    expect(r.json()).toEqual({});
  });

  it('answers in the request encoding and also on the app port', async () => {
    const traceId = hex(16);
    const r = await postTraces(server.baseUrl, protobufBody(spansOf(traceId, 2)), { ...auth(), 'Content-Type': 'application/x-protobuf' });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/x-protobuf');
    expect(r.bytes.length).toBe(0);
    expect(await storedCount(traceId)).toBe(2);
  });

  it('stores the valid spans and reports the invalid ones as a partial success, counted by reason', async () => {
    const traceId = hex(16);
    const body = JSON.parse(jsonBody(spansOf(traceId, 4)));
    // Each test span has its own resource object, so the SDK groups them in separate resourceSpans.
    const spans = body.resourceSpans.flatMap((rs: any) => rs.scopeSpans.flatMap((ss: any) => ss.spans));
    expect(spans).toHaveLength(4);
    spans[1].traceId = 'abc';
    spans[2].spanId = '00000000';
    spans[3].endTimeUnixNano = '1';
    const r = await postTraces(server.otlpUrl, JSON.stringify(body), { ...auth(), 'Content-Type': 'application/json' });
    expect(r.status).toBe(200);
    const answer = r.json() as { partialSuccess: { rejectedSpans: string; errorMessage: string } };
    expect(answer.partialSuccess.rejectedSpans).toBe('3');
    expect(answer.partialSuccess.errorMessage).toMatch(/invalid trace id/);
    expect(answer.partialSuccess.errorMessage).toMatch(/invalid span id/);
    expect(answer.partialSuccess.errorMessage).toMatch(/end before start/);
    expect(await storedCount(traceId)).toBe(1);
  });

  it('answers 400 with a Status for an undecodable body', async () => {
    const proto = await postTraces(server.otlpUrl, new Uint8Array([0x0a, 0xff, 0xff, 0x01]), { ...auth(), 'Content-Type': 'application/x-protobuf' });
    expect(proto.status).toBe(400);
    expect(proto.headers.get('content-type')).toBe('application/x-protobuf');
    expect(new TextDecoder().decode(proto.bytes)).toMatch(/could not be decoded/);
    const json = await postTraces(server.otlpUrl, '{"resourceSpans": "nope"', { ...auth(), 'Content-Type': 'application/json' });
    expect(json.status).toBe(400);
    expect(json.json()).toMatchObject({ code: 3, message: expect.stringMatching(/could not be decoded/) });
  });

  it('answers 401 without a key or with a wrong key, saying which header to send', async () => {
    const body = jsonBody(spansOf(hex(16), 1));
    const none = await postTraces(server.otlpUrl, body, { 'Content-Type': 'application/json' });
    expect(none.status).toBe(401);
    expect((none.json() as { message: string }).message).toMatch(/Authorization: Bearer <key>.*x-api-key/);
    const wrong = await postTraces(server.otlpUrl, body, { 'x-api-key': 'tm_wrong_000000000000000000000', 'Content-Type': 'application/json' });
    expect(wrong.status).toBe(401);
  });

  it('answers 415 for other content types and 405 for other methods', async () => {
    const r = await postTraces(server.otlpUrl, 'hello', { ...auth(), 'Content-Type': 'text/plain' });
    expect(r.status).toBe(415);
    const get = await fetch(`${server.otlpUrl}/v1/traces`, { headers: auth() });
    expect(get.status).toBe(405);
  });

  it('answers 413 for a body over the limit, before and after decompression (gzip bomb)', async () => {
    const big = JSON.stringify({ resourceSpans: [], pad: 'x'.repeat(LIMIT + 10) });
    const raw = await postTraces(server.otlpUrl, big, { ...auth(), 'Content-Type': 'application/json' });
    expect(raw.status).toBe(413);
    const bomb = gzipSync(Buffer.alloc(200 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(LIMIT);
    const r = await postTraces(server.otlpUrl, bomb, { ...auth(), 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
    expect(r.status).toBe(413);
    expect((r.json() as { message: string }).message).toMatch(/after decompression/);
    const health = await fetch(`${server.baseUrl}/api/health`);
    expect(health.status).toBe(200);
  });

  it('answers 400 for a body that claims gzip but is not', async () => {
    const r = await postTraces(server.otlpUrl, 'not gzip', { ...auth(), 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
    expect(r.status).toBe(400);
  });

  it('stores a re-sent request once', async () => {
    const traceId = hex(16);
    const body = protobufBody(spansOf(traceId, 5));
    const headers = { ...auth(), 'Content-Type': 'application/x-protobuf' };
    const [a, b] = await Promise.all([postTraces(server.otlpUrl, body, headers), postTraces(server.otlpUrl, body, headers)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const c = await postTraces(server.otlpUrl, gzipSync(body), { ...headers, 'Content-Encoding': 'gzip' });
    expect(c.status).toBe(200);
    expect(await storedCount(traceId)).toBe(5);
  });

  it('answers 429 with Retry-After when a key is over its span rate', async () => {
    // The limit is 1,000 spans/s with a burst of 2,000: two requests of 1,500 spans in a row exceed it.
    const first = await postTraces(server.otlpUrl, protobufBody(spansOf(hex(16), 1_500)), { ...auth(), 'Content-Type': 'application/x-protobuf' });
    expect(first.status).toBe(200);
    const second = await postTraces(server.otlpUrl, protobufBody(spansOf(hex(16), 1_500)), { ...auth(), 'Content-Type': 'application/x-protobuf' });
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});
