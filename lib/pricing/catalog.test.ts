// Prices real spans against the bundled @pydantic/genai-prices catalog. Expected costs are worked out by hand from
// published prices, and each published price is asserted to be the catalog's, so a wrong multiplication, a wrong
// split of cached or reasoning tokens, a wrong tier or a wrong date all fail here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { calcPrice, findProvider, type ModelInfo, type ModelPrice } from '@pydantic/genai-prices';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOG_VERSION } from './catalog';
import { priceSpan } from './price-span';
import type { PriceSpanInput } from './types';

const AT = new Date('2025-09-01T12:00:00Z');

function span(overrides: Partial<PriceSpanInput> & Pick<PriceSpanInput, 'usage'>): PriceSpanInput {
  return { at: AT, overrides: [], billable: true, ...overrides };
}

function catalogModel(providerId: string, modelId: string): ModelInfo {
  const model = findProvider({ providerId })?.models.find((candidate) => candidate.id === modelId);
  if (!model) throw new Error(`${providerId}/${modelId} is not in the catalog`);
  return model;
}

/** The catalog's prices of a model with one price entry. */
function flatPrices(providerId: string, modelId: string): ModelPrice {
  const { prices } = catalogModel(providerId, modelId);
  if (Array.isArray(prices)) throw new Error(`${modelId} has dated prices`);
  return prices;
}

describe('the built-in catalog', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is the installed package version, so price ids name the data they came from', () => {
    const require = createRequire(import.meta.url);
    const packageJsonPath = require.resolve('@pydantic/genai-prices').replace(/dist\/index\.cjs$/, 'package.json');
    const { version } = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { version: string };
    expect(CATALOG_VERSION).toBe(version);
  });

  it('prices gpt-4o-mini with cached input at the cached price and the rest at the input price', () => {
    expect(flatPrices('openai', 'gpt-4o-mini')).toMatchObject({ input_mtok: 0.15, cache_read_mtok: 0.075, output_mtok: 0.6 });
    const priced = priceSpan(span({ provider: 'openai', model: 'gpt-4o-mini-2024-07-18', usage: { input: 1000, cache_read: 400, output: 500, reasoning: 0 } }));
    // 600 x 0.15 / 1M = 0.00009; 400 x 0.075 / 1M = 0.00003; 500 x 0.6 / 1M = 0.0003.
    expect(priced).toEqual({
      status: 'priced',
      cost: { input: '0.00009', cache_read: '0.00003', output: '0.0003' },
      total: '0.00042',
      priceId: `genai-prices:openai/gpt-4o-mini@v${CATALOG_VERSION}`,
    });
  });

  it('bills reasoning tokens inside output at the output price when the model has no reasoning price', () => {
    const prices = flatPrices('openai', 'o4-mini');
    expect(prices).toMatchObject({ input_mtok: 1.1, cache_read_mtok: 0.275, output_mtok: 4.4 });
    expect(prices.output_reasoning_mtok).toBeUndefined();
    const priced = priceSpan(span({ provider: 'openai', model: 'o4-mini', usage: { input: 2000, output: 3000, reasoning: 2500 } }));
    // 2000 x 1.1 / 1M = 0.0022; 3000 x 4.4 / 1M = 0.0132 (reasoning inside, not again on its own).
    expect(priced.cost).toEqual({ input: '0.0022', output: '0.0132' });
    expect(priced.total).toBe('0.0154');
  });

  it('bills reasoning at its own price, taken out of output, when the catalog has one', () => {
    expect(flatPrices('openrouter', 'perplexity/sonar-deep-research')).toMatchObject({ input_mtok: 2, output_mtok: 8, output_reasoning_mtok: 3 });
    const priced = priceSpan(span({ provider: 'openrouter', model: 'perplexity/sonar-deep-research', usage: { input: 1000, output: 3000, reasoning: 2000 } }));
    // 1000 x 2 = 0.002; (3000 - 2000) x 8 = 0.008; 2000 x 3 = 0.006.
    expect(priced.cost).toEqual({ input: '0.002', output: '0.008', reasoning: '0.006' });
    expect(priced.total).toBe('0.016');
  });

  it('prices an Anthropic call with cache write and cache read at their own prices', () => {
    expect(flatPrices('anthropic', 'claude-sonnet-4-0')).toMatchObject({ input_mtok: 3, cache_write_mtok: 3.75, cache_read_mtok: 0.3, output_mtok: 15 });
    const priced = priceSpan(
      span({ provider: 'anthropic', model: 'claude-sonnet-4-20250514', usage: { input: 4740, cache_read: 1200, cache_write: 3500, output: 255 } }),
    );
    // uncached 40 x 3 = 0.00012; 1200 x 0.3 = 0.00036; 3500 x 3.75 = 0.013125; 255 x 15 = 0.003825.
    expect(priced).toEqual({
      status: 'priced',
      cost: { input: '0.00012', cache_read: '0.00036', cache_write: '0.013125', output: '0.003825' },
      total: '0.01743',
      priceId: `genai-prices:anthropic/claude-sonnet-4-0@v${CATALOG_VERSION}`,
    });
  });

  it('prices a Claude 3.5 Sonnet dated model id the same way', () => {
    expect(flatPrices('anthropic', 'claude-3-5-sonnet')).toMatchObject({ input_mtok: 3, cache_write_mtok: 3.75, cache_read_mtok: 0.3, output_mtok: 15 });
    const priced = priceSpan(span({ provider: 'anthropic', model: 'claude-3-5-sonnet-20241022', usage: { input: 10_000, cache_write: 10_000, output: 0 } }));
    expect(priced.cost).toEqual({ cache_write: '0.0375' });
    expect(priced.priceId).toBe(`genai-prices:anthropic/claude-3-5-sonnet@v${CATALOG_VERSION}`);
  });

  it('falls back to the input price for cached tokens only when the model has no cached price', () => {
    const prices = flatPrices('google', 'gemini-1.5-pro');
    expect(prices.cache_read_mtok).toBeUndefined();
    expect(prices.input_mtok).toEqual({ base: 1.25, tiers: [{ start: 128_000, price: 2.5 }] });
    const priced = priceSpan(span({ provider: 'gcp.vertex_ai', model: 'gemini-1.5-pro-002', usage: { input: 1000, cache_read: 600, output: 0 } }));
    // 400 x 1.25 = 0.0005 and 600 x 1.25 = 0.00075.
    expect(priced.cost).toEqual({ input: '0.0005', cache_read: '0.00075' });
  });

  it('picks the price tier by the request input tokens, cached ones included, above (not at) the tier start', () => {
    expect(flatPrices('google', 'gemini-2.5-pro')).toMatchObject({
      input_mtok: { base: 1.25, tiers: [{ start: 200_000, price: 2.5 }] },
      cache_read_mtok: { base: 0.125, tiers: [{ start: 200_000, price: 0.25 }] },
      output_mtok: { base: 10, tiers: [{ start: 200_000, price: 15 }] },
    });
    const at200k = priceSpan(span({ provider: 'google', model: 'gemini-2.5-pro', usage: { input: 200_000, output: 1000 } }));
    // 200000 x 1.25 = 0.25; 1000 x 10 = 0.01.
    expect(at200k.cost).toEqual({ input: '0.25', output: '0.01' });
    expect(at200k.priceId).toBe(`genai-prices:google/gemini-2.5-pro@v${CATALOG_VERSION}`);

    const above = priceSpan(span({ provider: 'google', model: 'gemini-2.5-pro', usage: { input: 200_001, cache_read: 100_000, output: 1000 } }));
    // 100001 x 2.5 = 0.2500025; 100000 x 0.25 = 0.025; 1000 x 15 = 0.015.
    expect(above.cost).toEqual({ input: '0.2500025', cache_read: '0.025', output: '0.015' });
    expect(above.total).toBe('0.2900025');
    expect(above.priceId).toBe(`genai-prices:google/gemini-2.5-pro@v${CATALOG_VERSION};input>200000`);
  });

  it('uses the price in effect at the span time when the catalog lists a dated change (o3, 2025-06-10)', () => {
    const { prices } = catalogModel('openai', 'o3');
    expect(prices).toEqual([
      { prices: expect.objectContaining({ input_mtok: 10, cache_read_mtok: 0.5, output_mtok: 40 }) },
      { constraint: { start_date: '2025-06-10', type: 'start_date' }, prices: expect.objectContaining({ input_mtok: 2, cache_read_mtok: 0.5, output_mtok: 8 }) },
    ]);
    const usage = { input: 1000, output: 3000, reasoning: 2000 };
    const before = priceSpan(span({ provider: 'openai', model: 'o3', usage, at: new Date('2025-06-09T23:59:59.999Z') }));
    expect(before.cost).toEqual({ input: '0.01', output: '0.12' });
    expect(before.priceId).toBe(`genai-prices:openai/o3@v${CATALOG_VERSION}`);
    const onTheDay = priceSpan(span({ provider: 'openai', model: 'o3', usage, at: new Date('2025-06-10T00:00:00Z') }));
    expect(onTheDay.cost).toEqual({ input: '0.002', output: '0.024' });
    expect(onTheDay.priceId).toBe('genai-prices:openai/o3@2025-06-10');
  });

  it('ends a tiered price on the date the catalog says (claude-sonnet-4-6 long context, 2026-03-13)', () => {
    const usage = { input: 250_000, output: 1000 };
    const before = priceSpan(span({ provider: 'anthropic', model: 'claude-sonnet-4-6', usage, at: new Date('2026-03-12T12:00:00Z') }));
    // 250000 x 6 = 1.5; 1000 x 22.5 = 0.0225.
    expect(before.cost).toEqual({ input: '1.5', output: '0.0225' });
    const after = priceSpan(span({ provider: 'anthropic', model: 'claude-sonnet-4-6', usage, at: new Date('2026-03-13T00:00:00Z') }));
    // 250000 x 3 = 0.75; 1000 x 15 = 0.015.
    expect(after.cost).toEqual({ input: '0.75', output: '0.015' });
    expect(after.priceId).toBe('genai-prices:anthropic/claude-sonnet-4-6@2026-03-13');
  });

  it('applies time-of-day prices in UTC, windows as the catalog lists them', () => {
    const usage = { input: 1_000_000, output: 0 };
    const offPeak = priceSpan(span({ provider: 'deepseek', model: 'deepseek-chat', usage, at: new Date('2025-05-01T20:00:00Z') }));
    const peak = priceSpan(span({ provider: 'deepseek', model: 'deepseek-chat', usage, at: new Date('2025-05-01T00:30:00Z') }));
    expect(offPeak.total).toBe('0.135');
    expect(peak.total).toBe('0.27');
    expect(peak.priceId).toBe(`genai-prices:deepseek/deepseek-chat@v${CATALOG_VERSION};time=00:30:00Z-16:30:00Z`);
  });

  it('maps OTel provider names to the catalog provider (azure.ai.openai is Azure, not OpenAI)', () => {
    const usage = { input: 1_000_000, output: 0 };
    expect(priceSpan(span({ provider: 'azure.ai.openai', model: 'gpt-4o', usage })).priceId).toMatch(/^genai-prices:azure\/gpt-4o@/);
    expect(priceSpan(span({ provider: 'openai', model: 'gpt-4o', usage })).priceId).toMatch(/^genai-prices:openai\/gpt-4o@/);
    expect(priceSpan(span({ provider: 'aws.bedrock', model: 'anthropic.claude-3-5-sonnet-20241022-v2:0', usage })).priceId).toMatch(/^genai-prices:aws\//);
    expect(priceSpan(span({ model: 'gpt-4o', usage })).priceId).toMatch(/^genai-prices:openai\/gpt-4o@/);
  });

  it('leaves a model the catalog does not know, or a provider it does not know, unpriced', () => {
    expect(priceSpan(span({ provider: 'openai', model: 'gpt-nonexistent-9', usage: { input: 10 } }))).toMatchObject({ status: 'unpriced', reason: 'unknown_model', total: '0', priceId: '' });
    expect(priceSpan(span({ provider: 'my-self-hosted-vllm', model: 'gpt-4o', usage: { input: 10 } }))).toMatchObject({ status: 'unpriced', reason: 'unknown_model' });
  });

  it('prices a model the catalog lists with no prices as free, and a model without token prices as unpriced', () => {
    expect(catalogModel('openai', 'moderation').prices).toEqual({});
    expect(priceSpan(span({ provider: 'openai', model: 'omni-moderation-latest', usage: { input: 500 } }))).toMatchObject({
      status: 'priced',
      total: '0',
      cost: { input: '0' },
    });
    expect(flatPrices('openai', 'whisper-1').input_mtok).toBeUndefined();
    expect(priceSpan(span({ provider: 'openai', model: 'whisper-1', usage: { input: 500 } }))).toMatchObject({ status: 'unpriced', reason: 'no_price_for_usage' });
  });

  it('leaves output tokens on an input-only (embedding) entry unpriced rather than free', () => {
    expect(flatPrices('openai', 'text-embedding-3-small')).toEqual({ input_mtok: 0.02 });
    expect(priceSpan(span({ provider: 'openai', model: 'text-embedding-3-small', usage: { input: 1000 } })).total).toBe('0.00002');
    expect(priceSpan(span({ provider: 'openai', model: 'text-embedding-3-small', usage: { input: 1000, output: 5 } })).status).toBe('unpriced');
  });

  it('never reaches the network', () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    priceSpan(span({ provider: 'mistral_ai', model: 'mistral-large-latest', usage: { input: 10, output: 10 } }));
    priceSpan(span({ provider: 'x_ai', model: 'grok-3', usage: { input: 10, output: 10 } }));
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

// The package's own float result is not money-grade, but over the whole catalog it must agree with ours to well
// within a float's precision; a disagreement means our reading of tiers, dates, windows or fallbacks differs.
describe('agreement with genai-prices across the catalog', () => {
  const providers = ['openai', 'anthropic', 'google', 'aws', 'azure', 'mistral', 'x-ai', 'deepseek', 'groq', 'openrouter', 'together', 'fireworks', 'cohere'];
  const times = ['2025-01-15T03:00:00Z', '2025-07-01T18:00:00Z', '2026-04-01T08:00:00Z', '2026-12-01T02:00:00Z'];
  const usage = { input: 250_000, cache_read: 50_000, cache_write: 20_000, output: 3000, reasoning: 1000 };
  const libraryUsage = { input_tokens: 250_000, cache_read_tokens: 50_000, cache_write_tokens: 20_000, output_tokens: 3000, output_reasoning_tokens: 1000 };

  it('gives the same token cost for every model and date', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let compared = 0;
    let unpriced = 0;
    for (const providerId of providers) {
      const provider = findProvider({ providerId });
      expect(provider, providerId).toBeDefined();
      for (const model of provider?.models ?? []) {
        for (const time of times) {
          const at = new Date(time);
          let expected: ReturnType<typeof calcPrice>;
          try {
            expected = calcPrice(libraryUsage, model.id, { providerId, timestamp: at });
          } catch {
            continue; // the package refuses some entries' data; nothing to compare
          }
          if (!expected || expected.model.id !== model.id) continue;
          const ours = priceSpan(span({ provider: providerId, model: model.id, usage, at }));
          if (ours.status === 'unpriced') {
            // Only an entry without an input or output token price (audio, image, per-page models) may refuse.
            expect(ours.reason, `${providerId}/${model.id}`).toBe('no_price_for_usage');
            expect(expected.model_price.input_mtok === undefined || expected.model_price.output_mtok === undefined, `${providerId}/${model.id}`).toBe(true);
            unpriced++;
            continue;
          }
          const libraryTokenCost = expected.input_price + expected.output_price;
          expect(Number(ours.total), `${providerId}/${model.id} at ${time}`).toBeCloseTo(libraryTokenCost, 9);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
    expect(unpriced).toBeLessThan(compared / 10);
  });
});
