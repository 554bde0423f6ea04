// Cost at ingest, through the real server: cached and reasoning tokens at their own rates, a model with no price is
// unpriced (never $0), an emitter's own cost wins, and a project price override reprices only spans from its date.
// Postgres runs as a server here so that the test can add the override while Tokenmeter runs.
import { calcPrice } from '@pydantic/genai-prices';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projects } from '@/drizzle/schema';
import { openPostgres, type PostgresStore } from '@/lib/db/client';
import { insertPriceOverride } from '@/lib/db/queries/insert-price-override';
import { parseEnv } from '@/lib/env';
import { exportSpans, hex, officialExporter, readableSpan } from '../../helpers/otel-spans';
import { createScratchDatabase } from '../../helpers/postgres-server';
import { startServer, type ServerHandle } from '../../helpers/server-process';
import { tempDir } from '../../helpers/temp-dir';

let server: ServerHandle;
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let pg: PostgresStore;
const tmp = tempDir('cost');

interface ApiSpan {
  spanId: string;
  costStatus: string | null;
  cost: Record<string, string> | null;
  priceId: string | null;
  usage: Record<string, number> | null;
}

beforeAll(async () => {
  scratch = await createScratchDatabase();
  server = await startServer({ dataDir: tmp.dir, env: { DATABASE_URL: scratch.url } });
  pg = await openPostgres(parseEnv({ DATABASE_URL: scratch.url }));
});
afterAll(async () => {
  await server.stop();
  await pg.close();
  await scratch.drop();
  tmp.cleanup();
});

async function send(spans: { attributes: Record<string, string | number>; startMs: number }[]): Promise<ApiSpan[]> {
  const traceId = hex(16);
  const ids = spans.map(() => hex(8));
  const exporter = officialExporter('proto', { baseUrl: server.otlpUrl, apiKey: server.apiKey, gzip: true });
  const result = await exportSpans(
    exporter,
    spans.map((s, i) => readableSpan({ traceId, spanId: ids[i] as string, name: 'chat', startMs: s.startMs, durationMs: 500, attributes: s.attributes })),
  );
  await exporter.shutdown();
  expect(result.code).toBe(0);
  const r = await fetch(`${server.baseUrl}/api/public/traces/${traceId}`, { headers: { 'x-api-key': server.apiKey } });
  const body = (await r.json()) as { spans: ApiSpan[] };
  return ids.map((id) => body.spans.find((s) => s.spanId === id) as ApiSpan);
}

const chat = (model: string, usage: Record<string, number>, extra: Record<string, string | number> = {}) => ({
  'gen_ai.operation.name': 'chat',
  'gen_ai.provider.name': 'openai',
  'gen_ai.request.model': model,
  ...Object.fromEntries(Object.entries(usage).map(([k, v]) => [`gen_ai.usage.${k}`, v])),
  ...extra,
});

describe('cost at ingest', () => {
  it('prices cached and reasoning tokens at their own rates, to the catalog', async () => {
    const startMs = Date.now() - 60_000;
    const [span] = await send([
      { startMs, attributes: chat('o4-mini', { input_tokens: 10_000, 'cache_read.input_tokens': 4_000, output_tokens: 3_000, 'reasoning.output_tokens': 2_000 }) },
    ]);
    expect(span?.costStatus).toBe('priced');
    expect(span?.usage).toMatchObject({ input: 10_000, cacheRead: 4_000, output: 3_000, reasoning: 2_000 });
    const catalog = calcPrice({ input_tokens: 10_000, cache_read_tokens: 4_000, output_tokens: 3_000 }, 'o4-mini', { providerId: 'openai', timestamp: new Date(startMs) });
    expect(catalog).not.toBeNull();
    expect(Number(span?.cost?.total)).toBeCloseTo(catalog?.total_price ?? -1, 9);
    // The cached part really is cheaper: billing all 10,000 input tokens at the input price would cost more.
    const uncached = calcPrice({ input_tokens: 10_000, output_tokens: 3_000 }, 'o4-mini', { providerId: 'openai', timestamp: new Date(startMs) });
    expect(Number(span?.cost?.total)).toBeLessThan(uncached?.total_price ?? 0);
  });

  it('marks a model with no price as unpriced, never as $0', async () => {
    const [span] = await send([{ startMs: Date.now() - 60_000, attributes: chat('acme-llm-9000', { input_tokens: 100, output_tokens: 10 }) }]);
    expect(span?.costStatus).toBe('unpriced');
    expect(span?.cost).toBeNull();
  });

  it("takes the emitter's own cost over the catalog", async () => {
    const [span] = await send([
      { startMs: Date.now() - 60_000, attributes: chat('gpt-4o-mini', { input_tokens: 100, output_tokens: 10 }, { 'llm.cost.total': '0.1234' }) },
    ]);
    expect(span?.costStatus).toBe('provided');
    expect(Number(span?.cost?.total)).toBe(0.1234);
  });

  it('reprices with a project override only from its effective date', async () => {
    const [project] = await pg.db.select({ id: projects.id }).from(projects).where(eq(projects.slug, 'test-project'));
    const effectiveFrom = new Date(Date.now() - 30 * 60_000);
    await insertPriceOverride(pg.db, {
      projectId: project?.id as string,
      provider: 'openai',
      modelPattern: 'gpt-4o-mini*',
      effectiveFrom,
      prices: { input: '1', output: '2' },
    });
    // The receiver reads project settings at most 10 s old.
    await new Promise((r) => setTimeout(r, 10_500));
    const usage = { input_tokens: 1_000_000, output_tokens: 1_000_000 };
    const [before, after] = await send([
      { startMs: effectiveFrom.getTime() - 60_000, attributes: chat('gpt-4o-mini', usage) },
      { startMs: effectiveFrom.getTime() + 60_000, attributes: chat('gpt-4o-mini', usage) },
    ]);
    expect(after?.costStatus).toBe('priced');
    expect(after?.cost?.total).toBe('3');
    expect(after?.priceId).toMatch(/^override:/);
    expect(before?.priceId).toMatch(/^genai-prices:/);
    expect(Number(before?.cost?.total)).toBeCloseTo(
      calcPrice({ input_tokens: 1_000_000, output_tokens: 1_000_000 }, 'gpt-4o-mini', { providerId: 'openai' })?.total_price ?? -1,
      9,
    );
  });
});
