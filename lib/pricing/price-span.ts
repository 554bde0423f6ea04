// The cost of one span at ingest: not billable -> zero on purpose; a cost the emitter provided wins; otherwise usage
// x the price in effect at the span's time, from the project's overrides first and the built-in catalog second.
import type { ProvidedCost } from '@/ingest/conventions/types';
import { billTokens, splitUsage } from './bill-usage';
import { catalogRates, findCatalogModel } from './catalog';
import { fitsCostColumn, formatDecimal, tryParseDecimal, type Decimal } from './decimal';
import { findOverrideSheet } from './overrides';
import { selectBand, type RateBand } from './price-sheet';
import type { CostKind, PriceOverride, PricedCost, PriceSpanInput, UnpricedReason } from './types';

/** Longer "model names" are not models; refusing them keeps them out of the match caches. */
const MAX_MODEL_NAME_LENGTH = 256;

const NOT_BILLABLE: PricedCost = Object.freeze({ status: 'not_billable', cost: Object.freeze({}), total: '0', priceId: '' });

/**
 * Prices one span. Overrides must have passed `priceOverrideSchema`; pass the same array for every span of a
 * project, as compiled overrides are cached by array identity. Never throws for span data, however odd.
 */
export function priceSpan(input: PriceSpanInput): PricedCost {
  // An agent or workflow span repeating its children's usage (or their summed cost) would count it twice.
  if (!input.billable) return NOT_BILLABLE;

  const provided = fromProvidedCost(input.providedCost);
  if (provided) return provided;

  const { estimatedBy } = input;
  const atMs = input.at.getTime();
  if (Number.isNaN(atMs)) return unpriced('invalid_time', estimatedBy);

  const usage = splitUsage(input.usage);
  if (!usage.ok) return unpriced(usage.reason, estimatedBy);

  const model = input.model?.trim();
  if (!model) return unpriced('no_model', estimatedBy);
  if (model.length > MAX_MODEL_NAME_LENGTH) return unpriced('unknown_model', estimatedBy);

  const band = findRateBand(input.overrides, input.provider, model, input.at, usage.split.input);
  if (!band) return unpriced('unknown_model', estimatedBy);

  const bill = billTokens(usage.split, band.rates);
  if (!bill.ok) return unpriced(bill.reason, estimatedBy);
  if (!fitsCostColumn(bill.total)) return unpriced('cost_out_of_range', estimatedBy);

  const cost: Partial<Record<CostKind, string>> = {};
  for (const [kind, amount] of Object.entries(bill.cost) as [CostKind, Decimal][]) cost[kind] = formatDecimal(amount);
  const total = formatDecimal(bill.total);
  return estimatedBy === undefined
    ? { status: 'priced', cost, total, priceId: band.priceId }
    : { status: 'estimated', cost, total, priceId: band.priceId, estimatedBy };
}

function findRateBand(
  overrides: readonly PriceOverride[],
  provider: string | undefined,
  model: string,
  at: Date,
  inputTokens: number,
): RateBand | undefined {
  const overrideSheet = findOverrideSheet(overrides, provider, model, at.getTime());
  if (overrideSheet) return selectBand(overrideSheet, inputTokens);
  const catalogModel = findCatalogModel(provider, model);
  return catalogModel ? catalogRates(catalogModel, at, inputTokens) : undefined;
}

/**
 * The emitter's own cost, canonicalised. Unusable values (not a decimal, negative, beyond the column) make the whole
 * provided cost ignored, so the span is priced from usage instead of storing a number we cannot trust.
 */
function fromProvidedCost(provided: ProvidedCost | undefined): PricedCost | undefined {
  if (!provided) return undefined;
  const { total, input, output } = provided;
  if (total === undefined && input === undefined && output === undefined) return undefined;

  const parsedInput = input === undefined ? undefined : usableAmount(input);
  const parsedOutput = output === undefined ? undefined : usableAmount(output);
  const parsedTotal = total === undefined ? undefined : usableAmount(total);
  if ((input !== undefined && parsedInput === undefined) || (output !== undefined && parsedOutput === undefined)) return undefined;
  if (total !== undefined && parsedTotal === undefined) return undefined;

  const cost: Partial<Record<CostKind, string>> = {};
  if (parsedInput !== undefined) cost.input = formatDecimal(parsedInput);
  if (parsedOutput !== undefined) cost.output = formatDecimal(parsedOutput);
  const summed = ((parsedInput ?? 0n) + (parsedOutput ?? 0n)) as Decimal;
  if (parsedTotal === undefined && !fitsCostColumn(summed)) return undefined;
  return { status: 'provided', cost, total: formatDecimal(parsedTotal ?? summed), priceId: 'provided' };
}

function usableAmount(text: string): Decimal | undefined {
  const amount = tryParseDecimal(text);
  return amount !== undefined && amount >= 0n && fitsCostColumn(amount) ? amount : undefined;
}

function unpriced(reason: UnpricedReason, estimatedBy: string | undefined): PricedCost {
  return estimatedBy === undefined
    ? { status: 'unpriced', cost: {}, total: '0', priceId: '', reason }
    : { status: 'unpriced', cost: {}, total: '0', priceId: '', reason, estimatedBy };
}
