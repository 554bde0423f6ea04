// Picks the project price override for a span. Overrides are compiled once per list (the caller keeps one array per
// project) and the candidates for a (provider, model) are ranked once, so per span only effective dates are compared.
import { BoundedCache } from './bounded-cache';
import { parseDecimal } from './decimal';
import { compileModelPattern, type ModelPattern } from './model-pattern';
import { buildPriceSheet, flatRate, type PriceSheet, type TieredRate } from './price-sheet';
import type { CostKind, PriceOverride } from './types';

interface CompiledOverride {
  readonly id: string;
  readonly provider: string | undefined;
  readonly pattern: ModelPattern;
  readonly effectiveFromMs: number;
  readonly sheet: PriceSheet;
}

interface OverrideIndex {
  readonly overrides: readonly CompiledOverride[];
  /** Matching overrides per provider and model, most specific first. */
  readonly candidates: BoundedCache<string, readonly CompiledOverride[]>;
}

const MAX_CACHED_MODELS_PER_PROJECT = 2_000;
const indexes = new WeakMap<readonly PriceOverride[], OverrideIndex>();

/** The price sheet of the override that prices this span, if any (rules in types.ts at priceOverrideSchema). */
export function findOverrideSheet(
  overrides: readonly PriceOverride[],
  provider: string | undefined,
  model: string,
  atMs: number,
): PriceSheet | undefined {
  if (overrides.length === 0) return undefined;
  const index = indexFor(overrides);
  const candidates = index.candidates.getOrCompute(`${provider ?? ''}\u0000${model}`, () => rankCandidates(index.overrides, provider, model));
  for (const candidate of candidates) if (candidate.effectiveFromMs <= atMs) return candidate.sheet;
  return undefined;
}

function indexFor(overrides: readonly PriceOverride[]): OverrideIndex {
  let index = indexes.get(overrides);
  if (!index) {
    index = { overrides: overrides.map(compileOverride), candidates: new BoundedCache(MAX_CACHED_MODELS_PER_PROJECT) };
    indexes.set(overrides, index);
  }
  return index;
}

function compileOverride(override: PriceOverride): CompiledOverride {
  const rates: Partial<Record<CostKind, TieredRate>> = {};
  for (const [kind, price] of Object.entries(override.prices) as [CostKind, string | undefined][]) {
    if (price !== undefined) rates[kind] = flatRate(parseDecimal(price));
  }
  return {
    id: override.id,
    provider: override.provider?.toLowerCase(),
    pattern: compileModelPattern(override.modelPattern),
    effectiveFromMs: override.effectiveFrom.getTime(),
    sheet: buildPriceSheet(rates, `override:${override.id}`),
  };
}

function rankCandidates(overrides: readonly CompiledOverride[], provider: string | undefined, model: string): readonly CompiledOverride[] {
  const spanProvider = provider?.toLowerCase();
  return overrides
    .filter((override) => (override.provider === undefined || override.provider === spanProvider) && override.pattern.matches(model))
    .sort(
      (a, b) =>
        Number(b.pattern.exact) - Number(a.pattern.exact) ||
        b.pattern.literalLength - a.pattern.literalLength ||
        Number(b.provider !== undefined) - Number(a.provider !== undefined) ||
        b.effectiveFromMs - a.effectiveFromMs ||
        a.id.localeCompare(b.id),
    );
}
