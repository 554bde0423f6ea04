// Pricing throughput on one core: `npx tsx lib/pricing/price.bench.ts`. Ingest needs >= 15,000 LLM spans/s with
// everything else, so pricing alone should be far above that. Prints cold matching cost and warm spans/s.
import { performance } from 'node:perf_hooks';
import { priceSpan } from './price-span';
import { priceOverrideSchema, type PriceSpanInput } from './types';

const MODELS: readonly (readonly [string | undefined, string])[] = [
  ['openai', 'gpt-4o-mini-2024-07-18'],
  ['openai', 'gpt-4o'],
  ['openai', 'gpt-4.1-mini'],
  ['openai', 'o3'],
  ['openai', 'o4-mini'],
  ['openai', 'gpt-5'],
  ['openai', 'text-embedding-3-small'],
  ['anthropic', 'claude-sonnet-4-20250514'],
  ['anthropic', 'claude-3-5-haiku-20241022'],
  ['anthropic', 'claude-sonnet-4-6'],
  ['gcp.vertex_ai', 'gemini-2.5-pro'],
  ['gcp.vertex_ai', 'gemini-2.5-flash'],
  ['aws.bedrock', 'anthropic.claude-3-5-sonnet-20241022-v2:0'],
  ['azure.ai.openai', 'gpt-4o'],
  ['mistral_ai', 'mistral-large-latest'],
  ['deepseek', 'deepseek-chat'],
  [undefined, 'gpt-4o-mini'],
  ['openai', 'ft:gpt-4o-mini:acme:support-v2'],
  ['openai', 'not-a-real-model'],
];

const OVERRIDES = [
  { id: 'ft', modelPattern: 'ft:gpt-4o-mini:*', effectiveFrom: '2025-01-01', prices: { input: '0.3', output: '1.2' } },
  { id: 'neg', provider: 'openai', modelPattern: 'gpt-4o', effectiveFrom: '2025-03-01', prices: { input: '2', output: '8' } },
  { id: 'neg2', provider: 'openai', modelPattern: 'gpt-4o', effectiveFrom: '2025-08-01', prices: { input: '1.8', output: '7.5' } },
].map((override) => priceOverrideSchema.parse(override));

function makeSpans(count: number): PriceSpanInput[] {
  const start = Date.parse('2025-01-01T00:00:00Z');
  const spans: PriceSpanInput[] = [];
  for (let index = 0; index < count; index++) {
    const [provider, model] = MODELS[index % MODELS.length] ?? [undefined, 'gpt-4o'];
    const input = 200 + ((index * 7919) % 250_000);
    const cacheRead = index % 3 === 0 ? Math.floor(input / 3) : 0;
    const output = 50 + ((index * 104_729) % 4000);
    spans.push({
      provider,
      model,
      usage: { input, output, cache_read: cacheRead, reasoning: index % 4 === 0 ? Math.floor(output / 2) : 0 },
      at: new Date(start + ((index * 3_600_000 * 7) % (365 * 86_400_000))),
      overrides: OVERRIDES,
      providedCost: index % 50 === 0 ? { total: '0.0012' } : undefined,
      billable: index % 20 !== 0,
    });
  }
  return spans;
}

function run(spans: readonly PriceSpanInput[]): number {
  let priced = 0;
  for (const span of spans) if (priceSpan(span).status === 'priced') priced++;
  return priced;
}

const coldStarted = performance.now();
for (const [provider, model] of MODELS) {
  priceSpan({ provider, model, usage: { input: 1, output: 1 }, at: new Date(), overrides: OVERRIDES, billable: true });
}
const coldMs = performance.now() - coldStarted;

const spans = makeSpans(200_000);
run(spans); // warm the JIT
const rounds = 5;
const started = performance.now();
let priced = 0;
for (let round = 0; round < rounds; round++) priced += run(spans);
const seconds = (performance.now() - started) / 1000;
const total = spans.length * rounds;

console.log(`cold: first match of ${MODELS.length} (provider, model) pairs took ${coldMs.toFixed(1)} ms`);
console.log(`warm: ${total.toLocaleString('en-US')} spans in ${seconds.toFixed(2)} s = ${Math.round(total / seconds).toLocaleString('en-US')} spans/s (${((seconds / total) * 1e6).toFixed(2)} µs/span; ${((priced / total) * 100).toFixed(0)}% priced)`);
