// Which project price override prices a span, and the schema that admits overrides.
import { describe, expect, it } from 'vitest';
import { priceSpan } from './price-span';
import { priceOverrideSchema, type PriceOverride, type PriceOverrideInput } from './types';

function override(input: Omit<PriceOverrideInput, 'prices'> & { price: string }): PriceOverride {
  const { price, ...rest } = input;
  return priceOverrideSchema.parse({ ...rest, prices: { input: price, output: price } });
}

/** The price per million tokens a span was billed at (1M input tokens, no output). */
function billedPrice(overrides: readonly PriceOverride[], model: string, at: string, provider?: string) {
  const priced = priceSpan({ provider, model, usage: { input: 1_000_000, output: 0 }, at: new Date(at), overrides, billable: true });
  return { total: priced.total, priceId: priced.priceId };
}

describe('price overrides', () => {
  it('reprice only spans at or after their effective date; earlier spans keep the catalog price', () => {
    const overrides = [override({ id: 'negotiated', provider: 'openai', modelPattern: 'gpt-4o-mini', effectiveFrom: '2025-06-01T00:00:00Z', price: '0.1' })];
    expect(billedPrice(overrides, 'gpt-4o-mini', '2025-05-31T23:59:59.999Z', 'openai')).toEqual({
      total: '0.15',
      priceId: expect.stringMatching(/^genai-prices:openai\/gpt-4o-mini@/),
    });
    expect(billedPrice(overrides, 'gpt-4o-mini', '2025-06-01T00:00:00Z', 'openai')).toEqual({ total: '0.1', priceId: 'override:negotiated' });
  });

  it('take the latest effective date among equally specific matches', () => {
    const overrides = [
      override({ id: 'jan', modelPattern: 'gpt-4o*', effectiveFrom: '2025-01-01', price: '1' }),
      override({ id: 'jul', modelPattern: 'gpt-4o*', effectiveFrom: '2025-07-01', price: '2' }),
      override({ id: 'apr', modelPattern: 'gpt-4o*', effectiveFrom: '2025-04-01', price: '3' }),
    ];
    expect(billedPrice(overrides, 'gpt-4o', '2025-02-01').priceId).toBe('override:jan');
    expect(billedPrice(overrides, 'gpt-4o', '2025-05-01').priceId).toBe('override:apr');
    expect(billedPrice(overrides, 'gpt-4o', '2025-08-01')).toEqual({ total: '2', priceId: 'override:jul' });
  });

  it('prefer an exact model over a glob, even a newer glob', () => {
    const overrides = [
      override({ id: 'glob', modelPattern: 'gpt-4o*', effectiveFrom: '2025-08-01', price: '1' }),
      override({ id: 'exact', modelPattern: 'gpt-4o', effectiveFrom: '2025-01-01', price: '2' }),
    ];
    expect(billedPrice(overrides, 'gpt-4o', '2025-09-01').priceId).toBe('override:exact');
    expect(billedPrice(overrides, 'GPT-4O', '2025-09-01').priceId).toBe('override:exact');
    expect(billedPrice(overrides, 'gpt-4o-mini', '2025-09-01').priceId).toBe('override:glob');
  });

  it('prefer the more specific glob, then a provider-scoped override', () => {
    const overrides = [
      override({ id: 'broad', modelPattern: 'gpt-4o*', effectiveFrom: '2025-01-01', price: '1' }),
      override({ id: 'narrow', modelPattern: 'gpt-4o-mini*', effectiveFrom: '2025-01-01', price: '2' }),
      override({ id: 'narrow-azure', provider: 'azure.ai.openai', modelPattern: 'gpt-4o-mini*', effectiveFrom: '2025-01-01', price: '3' }),
    ];
    expect(billedPrice(overrides, 'gpt-4o-2024-08-06', '2025-09-01', 'openai').priceId).toBe('override:broad');
    expect(billedPrice(overrides, 'gpt-4o-mini', '2025-09-01', 'openai').priceId).toBe('override:narrow');
    expect(billedPrice(overrides, 'gpt-4o-mini', '2025-09-01', 'Azure.AI.OpenAI').priceId).toBe('override:narrow-azure');
  });

  it('apply only to their provider when they name one', () => {
    const overrides = [override({ id: 'bedrock-only', provider: 'aws.bedrock', modelPattern: 'house-*', effectiveFrom: '2025-01-01', price: '1' })];
    expect(billedPrice(overrides, 'house-1', '2025-09-01', 'aws.bedrock').priceId).toBe('override:bedrock-only');
    expect(billedPrice(overrides, 'house-1', '2025-09-01', 'openai').priceId).toBe('');
    expect(billedPrice(overrides, 'house-1', '2025-09-01').priceId).toBe('');
  });

  it('price a model the catalog does not know', () => {
    const overrides = [override({ id: 'ft', modelPattern: 'ft:gpt-4o-mini:acme:*', effectiveFrom: '2025-01-01', price: '0.3' })];
    expect(billedPrice(overrides, 'ft:gpt-4o-mini:acme:support-v2', '2025-09-01', 'openai')).toEqual({ total: '0.3', priceId: 'override:ft' });
  });
});

describe('priceOverrideSchema', () => {
  const valid = { id: 'o1', provider: 'openai', modelPattern: 'gpt-4o*', effectiveFrom: '2025-06-01T00:00:00Z', prices: { input: '2.5', output: '10' } };

  it('accepts an override from the settings form or a database row', () => {
    const parsed = priceOverrideSchema.parse(valid);
    expect(parsed.effectiveFrom).toEqual(new Date('2025-06-01T00:00:00Z'));
    expect(priceOverrideSchema.parse({ ...valid, provider: null }).provider).toBeUndefined();
    expect(priceOverrideSchema.parse({ ...valid, provider: '' }).provider).toBeUndefined();
    expect(priceOverrideSchema.parse({ ...valid, effectiveFrom: new Date('2025-01-01') }).effectiveFrom).toEqual(new Date('2025-01-01'));
    expect(
      priceOverrideSchema.parse({ ...valid, prices: { input: '2.5', output: '10', cache_read: '1.25', cache_write: '3.125', reasoning: '10' } }).prices,
    ).toEqual({ input: '2.5', output: '10', cache_read: '1.25', cache_write: '3.125', reasoning: '10' });
  });

  it('rejects prices that are not plain non-negative decimals, unknown kinds, and bad dates', () => {
    const invalid = [
      { ...valid, prices: { input: 2.5, output: '10' } },
      { ...valid, prices: { input: '-1', output: '10' } },
      { ...valid, prices: { input: '1e-7', output: '10' } },
      { ...valid, prices: { input: '0.0000000000001', output: '10' } },
      { ...valid, prices: { input: '2.5' } },
      { ...valid, prices: { input: '2.5', output: '10', audio: '1' } },
      { ...valid, effectiveFrom: 'not a date' },
      { ...valid, modelPattern: '  ' },
      { ...valid, id: '' },
    ];
    for (const candidate of invalid) expect(priceOverrideSchema.safeParse(candidate).success, JSON.stringify(candidate)).toBe(false);
  });
});
