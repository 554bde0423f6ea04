// The built-in price catalog: @pydantic/genai-prices' bundled data. Its calcPrice is used only to match a
// (provider, model) to a catalog entry, once per pair; the entry's prices are then compiled to decimals here and all
// money arithmetic happens in decimal.ts. The package fetches newer data only if `updatePrices` is called, which
// nothing in Tokenmeter does: prices change when the package version does, so a span's priceId names that version.
import { calcPrice, type ConditionalPrice, type ModelInfo, type ModelPrice } from '@pydantic/genai-prices';
import { BoundedCache } from './bounded-cache';
import { parseDecimal, ZERO_DECIMAL } from './decimal';
import { buildPriceSheet, selectBand, type PriceSheet, type RateBand, type TieredRate } from './price-sheet';
import type { CostKind } from './types';

/** The installed @pydantic/genai-prices version (a test keeps it in step with package.json). */
export const CATALOG_VERSION = '0.1.8';

// OTel GenAI provider names (gen_ai.provider.name) whose catalog id differs. Without these, "azure.ai.openai" would
// match the catalog's "openai" provider by substring and be billed at OpenAI's prices instead of Azure's.
const CATALOG_PROVIDER_BY_OTEL_NAME: Readonly<Record<string, string>> = {
  'azure.ai.openai': 'azure',
  'azure.ai.inference': 'azure',
  'aws.bedrock': 'aws',
  'gcp.vertex_ai': 'google',
  'gcp.gemini': 'google',
  'gcp.gen_ai': 'google',
  mistral_ai: 'mistral',
  x_ai: 'x-ai',
};

// The catalog's price keys for token kinds we bill. Others (web searches, audio, images, per-request fees) have no
// counterpart in span usage and are not billed.
const COST_KIND_BY_PRICE_KEY: Readonly<Record<string, CostKind>> = {
  input_mtok: 'input',
  output_mtok: 'output',
  cache_read_mtok: 'cache_read',
  cache_write_mtok: 'cache_write',
  output_reasoning_mtok: 'reasoning',
};

type PeriodCondition =
  | { readonly kind: 'always' }
  | { readonly kind: 'from'; readonly startMs: number }
  | { readonly kind: 'time_of_day'; readonly startSecond: number; readonly endSecond: number };

interface CatalogPeriod {
  readonly condition: PeriodCondition;
  readonly sheet: PriceSheet;
}

export interface CatalogModel {
  readonly providerId: string;
  readonly modelId: string;
  /** In catalog order; the catalog's rule picks the last one whose condition holds. */
  readonly periods: readonly CatalogPeriod[];
}

const FREE: TieredRate = { base: ZERO_DECIMAL, tiers: [] };
const MAX_CACHED_MODELS = 10_000;
const SECONDS_PER_DAY = 86_400;
const matchedModels = new BoundedCache<string, CatalogModel | undefined>(MAX_CACHED_MODELS);

/** The catalog entry for a provider and model, or undefined when the catalog does not know it. Memoised. */
export function findCatalogModel(provider: string | undefined, model: string): CatalogModel | undefined {
  return matchedModels.getOrCompute(`${provider ?? ''}\u0000${model}`, () => matchCatalogModel(provider, model));
}

/** The band of prices in effect at `at` for a request with `inputTokens` input tokens. */
export function catalogRates(entry: CatalogModel, at: Date, inputTokens: number): RateBand {
  return selectBand(periodAt(entry, at.getTime()).sheet, inputTokens);
}

function matchCatalogModel(provider: string | undefined, model: string): CatalogModel | undefined {
  const providerId = provider === undefined ? undefined : (CATALOG_PROVIDER_BY_OTEL_NAME[provider.toLowerCase()] ?? provider);
  let match: ReturnType<typeof calcPrice>;
  try {
    // Empty usage: only the matching (provider rules, model rules, dated-suffix normalisation, fallback providers)
    // is wanted; the float prices it computes are ignored.
    match = calcPrice({}, model, providerId === undefined ? undefined : { providerId });
  } catch {
    return undefined;
  }
  if (!match) return undefined;
  return compileModel(match.provider.id, match.model);
}

function compileModel(providerId: string, model: ModelInfo): CatalogModel | undefined {
  const entries: readonly ConditionalPrice[] = Array.isArray(model.prices) ? model.prices : [{ prices: model.prices }];
  const periods: CatalogPeriod[] = [];
  for (const entry of entries) {
    const condition = compileCondition(entry.constraint);
    // A constraint this code does not understand could select the wrong price: better unpriced than wrong.
    if (!condition) return undefined;
    const label = entry.constraint?.type === 'start_date' ? entry.constraint.start_date : `v${CATALOG_VERSION}`;
    const timeOfDay = entry.constraint?.type === 'time_of_date' ? `;time=${entry.constraint.start_time}-${entry.constraint.end_time}` : '';
    const priceId = `genai-prices:${providerId}/${model.id}@${label}${timeOfDay}`;
    periods.push({ condition, sheet: buildPriceSheet(compileRates(entry.prices), priceId) });
  }
  return periods.length > 0 ? { providerId, modelId: model.id, periods } : undefined;
}

function compileRates(prices: ModelPrice): Partial<Record<CostKind, TieredRate>> {
  // An entry with no prices at all is how the catalog writes "free" (OpenAI moderation, ":free" router models).
  if (Object.values(prices).every((value) => value === undefined)) return { input: FREE, output: FREE };
  const rates: Partial<Record<CostKind, TieredRate>> = {};
  for (const [priceKey, value] of Object.entries(prices)) {
    const kind = COST_KIND_BY_PRICE_KEY[priceKey];
    if (kind === undefined || value === undefined) continue;
    rates[kind] =
      typeof value === 'number'
        ? { base: parseDecimal(value), tiers: [] }
        : { base: parseDecimal(value.base), tiers: value.tiers.map((tier) => ({ start: tier.start, price: parseDecimal(tier.price) })) };
  }
  return rates;
}

function compileCondition(constraint: ConditionalPrice['constraint']): PeriodCondition | undefined {
  if (constraint === undefined) return { kind: 'always' };
  if (constraint.type === 'start_date') {
    // The catalog compares against `new Date(start_date)`: a bare date is midnight UTC.
    const startMs = Date.parse(constraint.start_date);
    return Number.isNaN(startMs) ? undefined : { kind: 'from', startMs };
  }
  if (constraint.type === 'time_of_date') {
    const startSecond = secondOfUtcDay(constraint.start_time);
    const endSecond = secondOfUtcDay(constraint.end_time);
    return startSecond === undefined || endSecond === undefined ? undefined : { kind: 'time_of_day', startSecond, endSecond };
  }
  return undefined;
}

// The catalog's own selection rule: walk the entries from last to first and take the first whose condition holds
// (an unconditional entry always does); if none holds, the first entry.
function periodAt(entry: CatalogModel, atMs: number): CatalogPeriod {
  const { periods } = entry;
  for (let index = periods.length - 1; index >= 0; index--) {
    const period = periods[index];
    if (period && conditionHolds(period.condition, atMs)) return period;
  }
  const first = periods[0];
  if (!first) throw new Error(`Catalog model ${entry.modelId} has no prices.`);
  return first;
}

function conditionHolds(condition: PeriodCondition, atMs: number): boolean {
  switch (condition.kind) {
    case 'always':
      return true;
    case 'from':
      return atMs >= condition.startMs;
    case 'time_of_day': {
      const second = (((atMs % (SECONDS_PER_DAY * 1000)) + SECONDS_PER_DAY * 1000) % (SECONDS_PER_DAY * 1000)) / 1000;
      const { startSecond, endSecond } = condition;
      // A window such as 16:30-00:30 wraps past midnight.
      return endSecond < startSecond ? second >= startSecond || second < endSecond : second >= startSecond && second < endSecond;
    }
  }
}

/** "00:30:00Z", "16:30:00.5+08:00" -> seconds after midnight UTC. */
function secondOfUtcDay(time: string): number | undefined {
  const match = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|([+-])(\d{2}):(\d{2}))$/.exec(time);
  if (!match) return undefined;
  const [, hours = '', minutes = '', seconds = '', fraction = '', zone = '', offsetSign = '', offsetHours = '0', offsetMinutes = '0'] = match;
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59 || Number(offsetHours) > 23 || Number(offsetMinutes) > 59) {
    return undefined;
  }
  const local = Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) + Number(`0.${fraction || '0'}`);
  const offset = zone === 'Z' ? 0 : (offsetSign === '+' ? 1 : -1) * (Number(offsetHours) * 3600 + Number(offsetMinutes) * 60);
  return (((local - offset) % SECONDS_PER_DAY) + SECONDS_PER_DAY) % SECONDS_PER_DAY;
}
