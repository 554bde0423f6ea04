// One price entry (a catalog period or an override) compiled for per-span use: decimal rates by cost kind, resolved
// once per tier band, so pricing a span is a band lookup rather than parsing or tier arithmetic.
import type { Decimal } from './decimal';
import type { CostKind } from './types';

/** USD per million tokens by kind. A missing `reasoning` rate means reasoning is billed inside output. */
export type Rates = Readonly<Partial<Record<CostKind, Decimal>>>;

export interface Tier {
  /** The tier's price applies when the request's input tokens exceed this count (the catalog's rule). */
  readonly start: number;
  readonly price: Decimal;
}

export interface TieredRate {
  readonly base: Decimal;
  readonly tiers: readonly Tier[];
}

export type RateSource = Readonly<Partial<Record<CostKind, TieredRate>>>;

export interface RateBand {
  /** The band applies when the request's input tokens exceed this count; -1 for the base band. */
  readonly aboveInputTokens: number;
  readonly rates: Rates;
  readonly priceId: string;
}

export interface PriceSheet {
  /** Ascending by threshold; the first is the base band. */
  readonly bands: readonly RateBand[];
}

export function flatRate(price: Decimal): TieredRate {
  return { base: price, tiers: [] };
}

export function buildPriceSheet(source: RateSource, priceId: string): PriceSheet {
  const thresholds = new Set<number>();
  for (const rate of Object.values(source)) for (const tier of rate.tiers) thresholds.add(tier.start);
  const sorted = [...thresholds].sort((a, b) => a - b);

  const bands: RateBand[] = [{ aboveInputTokens: -1, rates: ratesAt(source, -1), priceId }];
  for (const threshold of sorted) {
    bands.push({ aboveInputTokens: threshold, rates: ratesAt(source, threshold), priceId: `${priceId};input>${threshold}` });
  }
  return { bands };
}

/** The band for a request with this many input tokens (cached ones included, as the catalog counts them). */
export function selectBand(sheet: PriceSheet, inputTokens: number): RateBand {
  const { bands } = sheet;
  for (let index = bands.length - 1; index > 0; index--) {
    const band = bands[index];
    if (band && inputTokens > band.aboveInputTokens) return band;
  }
  const base = bands[0];
  if (!base) throw new Error('A price sheet always has a base band.');
  return base;
}

function ratesAt(source: RateSource, threshold: number): Rates {
  const rates: Partial<Record<CostKind, Decimal>> = {};
  for (const [kind, rate] of Object.entries(source) as [CostKind, TieredRate][]) {
    // The highest tier reached at or below this band's threshold applies to the whole band.
    let price = rate.base;
    let reached = -1;
    for (const tier of rate.tiers) {
      if (tier.start <= threshold && tier.start > reached) {
        price = tier.price;
        reached = tier.start;
      }
    }
    rates[kind] = price;
  }
  // Cached and cache-write tokens are input tokens: when an entry has no separate price for them they cost what an
  // uncached input token does (the catalog's own rule), rather than nothing.
  if (rates.input !== undefined) {
    rates.cache_read ??= rates.input;
    rates.cache_write ??= rates.input;
  }
  return rates;
}
