// API keys at the receiver and the read API: a revoked key is refused on the very next request (the revocation is
// announced to the receiver's cache), a key only ever reaches its own project, and per-key rate limits answer 429
// with Retry-After.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAccountsFixture, type AccountsFixture } from '../../helpers/accounts-fixture';
import { jsonBody, postTraces } from '../../helpers/otlp-bodies';
import { hex, readableSpan } from '../../helpers/otel-spans';

function oneSpan(traceId: string, name: string): string {
  return jsonBody([readableSpan({ traceId, spanId: hex(8), name, startMs: Date.now() - 5_000, durationMs: 50 })]);
}

describe.each(['embedded', 'server'] as const)('API keys with %s Postgres', (mode) => {
  let f: AccountsFixture;

  beforeAll(async () => {
    f = await startAccountsFixture(mode);
  }, 240_000);
  afterAll(async () => {
    await f?.close();
  });

  async function newKey(project: string, body: Record<string, unknown>): Promise<{ id: string; key: string }> {
    return f.owner.json(`/api/projects/${project}/api-keys`, { method: 'POST', body: { name: `key ${hex(3)}`, ...body } });
  }

  const send = (key: string, traceId: string) =>
    postTraces(f.server.otlpUrl, oneSpan(traceId, 'work'), { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` });
  const read = (key: string, path: string) => fetch(`${f.server.baseUrl}${path}`, { headers: { Authorization: `Bearer ${key}` } });

  it('refuses a revoked key on the next OTLP request and the next read API request', async () => {
    const { id, key } = await newKey(f.project, { scopes: ['ingest', 'read'] });
    // Warm the receiver's key cache, so a stale cache would still accept the key after revocation.
    expect((await send(key, hex(16))).status).toBe(200);
    expect((await send(key, hex(16))).status).toBe(200);
    expect((await read(key, '/api/public/spans?from=0')).status).toBe(200);

    await f.owner.json(`/api/projects/${f.project}/api-keys/${id}`, { method: 'DELETE' });

    expect((await send(key, hex(16))).status).toBe(401);
    expect((await read(key, '/api/public/spans?from=0')).status).toBe(401);
  });

  it('keeps a key inside its project: what key A writes, only project A reads; key A cannot read project B', async () => {
    const a = await newKey(f.project, { scopes: ['ingest', 'read'] });
    const b = await newKey(f.otherProject, { scopes: ['ingest', 'read'] });
    const traceA = hex(16);
    const traceB = hex(16);
    expect((await send(a.key, traceA)).status).toBe(200);
    expect((await send(b.key, traceB)).status).toBe(200);

    expect((await read(a.key, `/api/public/traces/${traceA}`)).status).toBe(200);
    expect((await read(b.key, `/api/public/traces/${traceB}`)).status).toBe(200);
    // Each key sees only its own project's trace: the other one does not exist for it.
    expect((await read(a.key, `/api/public/traces/${traceB}`)).status).toBe(404);
    expect((await read(b.key, `/api/public/traces/${traceA}`)).status).toBe(404);
    const listedByB = (await (await read(b.key, '/api/public/spans?from=0&limit=1000')).json()) as { spans: Array<{ traceId: string }> };
    expect(listedByB.spans.map((s) => s.traceId)).toContain(traceB);
    expect(listedByB.spans.map((s) => s.traceId)).not.toContain(traceA);
  });

  it('answers 403 for a scope the key does not have', async () => {
    const ingestOnly = await newKey(f.project, { scopes: ['ingest'] });
    expect((await read(ingestOnly.key, '/api/public/spans?from=0')).status).toBe(403);
    const readOnly = await newKey(f.project, { scopes: ['read'] });
    expect((await send(readOnly.key, hex(16))).status).toBe(403);
  });

  it('applies a key’s own read limit: 429 with Retry-After, other keys unaffected', async () => {
    const limited = await newKey(f.project, { scopes: ['read'], readRateLimit: 6 });
    const other = await newKey(f.project, { scopes: ['read'] });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 4; i++) {
      const r = await read(limited.key, '/api/public/spans?from=0&limit=1');
      statuses.push(r.status);
      if (r.status === 429) retryAfter = r.headers.get('retry-after');
    }
    // 6 per minute with ten seconds' burst: one request passes, the next ones wait about ten seconds.
    expect(statuses[0]).toBe(200);
    expect(statuses.slice(1)).toContain(429);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect((await read(other.key, '/api/public/spans?from=0&limit=1')).status).toBe(200);
  });

  it('applies a key’s own span rate at the receiver: 429 with Retry-After', async () => {
    const limited = await newKey(f.project, { scopes: ['ingest'], spanRateLimit: 1 });
    const many = jsonBody(Array.from({ length: 3 }, () => readableSpan({ traceId: hex(16), spanId: hex(8), name: 'burst', startMs: Date.now() - 1000, durationMs: 5 })));
    const first = await postTraces(f.server.otlpUrl, many, { 'Content-Type': 'application/json', Authorization: `Bearer ${limited.key}` });
    const second = await postTraces(f.server.otlpUrl, many, { 'Content-Type': 'application/json', Authorization: `Bearer ${limited.key}` });
    expect(first.status).toBe(200);
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('lists keys with prefix, creator and last use, never the key or its hash', async () => {
    const { key } = await newKey(f.project, { scopes: ['ingest'] });
    await send(key, hex(16));
    type Listed = { keys: Array<{ prefix: string; createdBy: string; lastUsedAt: string | null; hash?: string }> };
    // The receiver records the use without holding up the request; give it a moment.
    let text = '';
    let entry: Listed['keys'][number] | undefined;
    for (let i = 0; i < 20 && !entry?.lastUsedAt; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, 100));
      text = await (await f.owner.fetch(`/api/projects/${f.project}/api-keys`)).text();
      entry = (JSON.parse(text) as Listed).keys.find((k) => key.startsWith(k.prefix));
    }
    expect(text).not.toContain(key);
    expect(entry?.createdBy).toBe('admin@example.com');
    expect(entry?.hash).toBeUndefined();
    expect(entry?.lastUsedAt).not.toBeNull();
  });
});
