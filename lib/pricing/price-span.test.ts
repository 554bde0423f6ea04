// The rules of priceSpan that do not depend on catalog data: billing status, provided cost, usage checks and the
// split of input and output. An override supplies round prices so expected costs are easy to check by hand.
import { describe, expect, it } from 'vitest';
import { formatDecimal, parseDecimal, sumDecimals } from './decimal';
import { priceSpan } from './price-span';
import { priceOverrideSchema, type PriceOverride, type PriceSpanInput } from './types';

const AT = new Date('2025-09-01T12:00:00Z');

const houseModel: PriceOverride = priceOverrideSchema.parse({
  id: 'house',
  modelPattern: 'house-model',
  effectiveFrom: '2025-01-01T00:00:00Z',
  prices: { input: '1', output: '10', cache_read: '0.1', cache_write: '2', reasoning: '5' },
});
const plainModel: PriceOverride = priceOverrideSchema.parse({
  id: 'plain',
  modelPattern: 'plain-model',
  effectiveFrom: '2025-01-01T00:00:00Z',
  prices: { input: '1', output: '10' },
});
const OVERRIDES = [houseModel, plainModel];

function span(input: Partial<PriceSpanInput>): PriceSpanInput {
  return { at: AT, overrides: OVERRIDES, billable: true, model: 'house-model', usage: { input: 1000, output: 100 }, ...input };
}

describe('priceSpan', () => {
  it('prices usage, each kind at its own price, never counting a token twice', () => {
    const priced = priceSpan(span({ usage: { input: 1_000_000, cache_read: 300_000, cache_write: 200_000, output: 100_000, reasoning: 40_000, total: 1_100_000 } }));
    // uncached 500000 x 1 = 0.5; 300000 x 0.1 = 0.03; 200000 x 2 = 0.4; (100000 - 40000) x 10 = 0.6; 40000 x 5 = 0.2.
    expect(priced).toEqual({
      status: 'priced',
      cost: { input: '0.5', cache_read: '0.03', cache_write: '0.4', output: '0.6', reasoning: '0.2' },
      total: '1.73',
      priceId: 'override:house',
    });
  });

  it('bills cached tokens at the input price and reasoning inside output when the entry has no price for them', () => {
    const priced = priceSpan(span({ model: 'plain-model', usage: { input: 1_000_000, cache_read: 300_000, cache_write: 200_000, output: 100_000, reasoning: 40_000 } }));
    expect(priced.cost).toEqual({ input: '0.5', cache_read: '0.3', cache_write: '0.2', output: '1' });
    expect(priced.total).toBe('2');
  });

  it('leaves a span without usage unpriced, never $0 priced', () => {
    for (const usage of [{}, { total: 1234 }]) {
      expect(priceSpan(span({ usage }))).toEqual({ status: 'unpriced', cost: {}, total: '0', priceId: '', reason: 'no_usage' });
    }
  });

  it('prices reported zero usage as zero: a call that used no tokens is known to cost nothing', () => {
    expect(priceSpan(span({ usage: { input: 0, output: 0 } }))).toEqual({ status: 'priced', cost: {}, total: '0', priceId: 'override:house' });
  });

  it('leaves a span without a model, or with an unknown one, unpriced', () => {
    expect(priceSpan(span({ model: undefined }))).toMatchObject({ status: 'unpriced', reason: 'no_model', total: '0', priceId: '' });
    expect(priceSpan(span({ model: '   ' }))).toMatchObject({ status: 'unpriced', reason: 'no_model' });
    expect(priceSpan(span({ model: 'no-such-model-anywhere' }))).toMatchObject({ status: 'unpriced', reason: 'unknown_model' });
    expect(priceSpan(span({ model: `house-model${'x'.repeat(300)}` }))).toMatchObject({ status: 'unpriced', reason: 'unknown_model' });
  });

  it('refuses usage that is not counts, or whose parts exceed their whole', () => {
    for (const usage of [{ input: -1 }, { input: 1.5 }, { output: Number.NaN }, { input: Number.POSITIVE_INFINITY }]) {
      expect(priceSpan(span({ usage })), JSON.stringify(usage)).toMatchObject({ status: 'unpriced', reason: 'invalid_usage' });
    }
    expect(priceSpan(span({ usage: { input: 100, cache_read: 80, cache_write: 30 } }))).toMatchObject({ status: 'unpriced', reason: 'inconsistent_usage' });
    expect(priceSpan(span({ usage: { cache_read: 10 } }))).toMatchObject({ status: 'unpriced', reason: 'inconsistent_usage' });
    expect(priceSpan(span({ usage: { output: 10, reasoning: 11 } }))).toMatchObject({ status: 'unpriced', reason: 'inconsistent_usage' });
  });

  it('leaves a span with an invalid time unpriced instead of throwing', () => {
    expect(priceSpan(span({ at: new Date(Number.NaN) }))).toMatchObject({ status: 'unpriced', reason: 'invalid_time' });
  });

  it('refuses a cost that would not fit the Decimal(18, 12) column', () => {
    const huge = Number.MAX_SAFE_INTEGER;
    expect(priceSpan(span({ usage: { input: huge, output: 0 } }))).toMatchObject({ status: 'unpriced', reason: 'cost_out_of_range' });
  });

  it('lets a provided cost win over usage, split as provided and canonicalised', () => {
    expect(priceSpan(span({ providedCost: { total: '0.0123', input: '0.0023', output: '1e-2' } }))).toEqual({
      status: 'provided',
      cost: { input: '0.0023', output: '0.01' },
      total: '0.0123',
      priceId: 'provided',
    });
    expect(priceSpan(span({ providedCost: { input: '0.5', output: '0.25' }, model: undefined, usage: {} }))).toEqual({
      status: 'provided',
      cost: { input: '0.5', output: '0.25' },
      total: '0.75',
      priceId: 'provided',
    });
    expect(priceSpan(span({ providedCost: { total: '0.000000' } }))).toMatchObject({ status: 'provided', total: '0', cost: {} });
  });

  it('ignores a provided cost it cannot trust and prices the usage instead', () => {
    for (const providedCost of [{}, { total: 'abc' }, { total: '-1' }, { total: '0.5', input: 'n/a' }, { total: '5000000' }]) {
      expect(priceSpan(span({ providedCost })), JSON.stringify(providedCost)).toMatchObject({ status: 'priced', priceId: 'override:house' });
    }
  });

  it('gives a not-billable span zero cost on purpose, whatever it carries', () => {
    const expected = { status: 'not_billable', cost: {}, total: '0', priceId: '' };
    expect(priceSpan(span({ billable: false }))).toEqual(expected);
    expect(priceSpan(span({ billable: false, providedCost: { total: '3' } }))).toEqual(expected);
    expect(priceSpan(span({ billable: false, usage: {} }))).toEqual(expected);
  });

  it('marks usage we counted ourselves as estimated, naming the estimator', () => {
    expect(priceSpan(span({ estimatedBy: 'tiktoken:o200k_base', usage: { input: 1000, output: 100 } }))).toEqual({
      status: 'estimated',
      cost: { input: '0.001', output: '0.001' },
      total: '0.002',
      priceId: 'override:house',
      estimatedBy: 'tiktoken:o200k_base',
    });
    expect(priceSpan(span({ estimatedBy: 'tiktoken:cl100k_base', model: 'no-such-model-anywhere' }))).toMatchObject({
      status: 'unpriced',
      estimatedBy: 'tiktoken:cl100k_base',
    });
  });

  it('makes the components add up to the total to the last digit', () => {
    const priced = priceSpan(span({ usage: { input: 1_234_567, cache_read: 7_654, cache_write: 321, output: 98_765, reasoning: 4_321 } }));
    expect(formatDecimal(sumDecimals(Object.values(priced.cost).map((value) => parseDecimal(value))))).toBe(priced.total);
    // uncached 1226592 x 1 = 1.226592; 7654 x 0.1 = 0.0007654; 321 x 2 = 0.000642; 94444 x 10 = 0.94444; 4321 x 5 = 0.021605.
    expect(priced.total).toBe('2.1940444');
  });
});
