// The shapes pricing takes and gives: project price overrides (validated by a zod schema, since they come from
// Postgres and from the settings form), the input of priceSpan, and the priced cost that is stored with a span.
import { z } from 'zod';
import type { ProvidedCost, Usage } from '@/ingest/conventions/types';

/** Usage kinds that carry a price. `total` is only a reported count, never billed. */
export type CostKind = 'input' | 'output' | 'cache_read' | 'cache_write' | 'reasoning';
export const COST_KINDS: readonly CostKind[] = ['input', 'output', 'cache_read', 'cache_write', 'reasoning'];

// A plain non-negative decimal, at most 12 fraction digits (the scale cost is stored at): rejecting more digits
// is clearer than silently rounding a price somebody typed.
const usdPerMillionTokens = z
  .string()
  .trim()
  .regex(/^\d{1,9}(\.\d{1,12})?$/, 'USD per million tokens as a plain decimal string, e.g. "0.15"');

export const priceOverridePricesSchema = z.strictObject({
  input: usdPerMillionTokens,
  output: usdPerMillionTokens,
  /** Defaults to the input price: without a price of its own a cached token costs what an uncached one does. */
  cache_read: usdPerMillionTokens.optional(),
  /** Defaults to the input price, as cache_read. */
  cache_write: usdPerMillionTokens.optional(),
  /** When absent, reasoning tokens are billed inside output at the output price. */
  reasoning: usdPerMillionTokens.optional(),
});

/**
 * A project's own price for matching models from `effectiveFrom` on. It wins over the built-in catalog. Among the
 * overrides that match a span and are in effect at its time: an exact model beats a glob, a glob with more literal
 * characters beats a looser one, a provider-scoped override beats one for any provider, and then the latest
 * `effectiveFrom` wins.
 */
export const priceOverrideSchema = z.object({
  id: z.string().min(1),
  /** Compared case-insensitively with the span's canonical provider (e.g. "openai"); unset or "" = any provider. */
  provider: z
    .string()
    .trim()
    .nullish()
    .transform((value) => (value ? value : undefined)),
  /** An exact model name or a glob: `*` is any run of characters, `?` one character; case-insensitive. */
  modelPattern: z.string().trim().min(1).max(200),
  effectiveFrom: z.coerce.date(),
  prices: priceOverridePricesSchema,
});

export type PriceOverride = z.output<typeof priceOverrideSchema>;
export type PriceOverrideInput = z.input<typeof priceOverrideSchema>;

export interface PriceSpanInput {
  readonly provider?: string;
  /** The response model, else the request model. */
  readonly model?: string;
  readonly usage: Usage;
  /** The span's start time: the price in effect then is used. */
  readonly at: Date;
  readonly overrides: readonly PriceOverride[];
  readonly providedCost?: ProvidedCost;
  /** False for spans whose usage repeats their children's (agent, workflow): they must not be summed twice. */
  readonly billable: boolean;
  /** Set when `usage` was counted by us rather than reported (e.g. "tiktoken:o200k_base"). */
  readonly estimatedBy?: string;
}

/**
 * - priced: usage x a price from an override or the catalog.
 * - provided: the emitter reported its own cost; it wins.
 * - estimated: as priced, but over token counts we estimated from content.
 * - unpriced: no usage, or no price for the model. `total` is "0" only because the column needs a number: the UI
 *   and every sum must treat it as unknown, never as $0 (count and show unpriced spans apart).
 * - not_billable: a span whose usage is already billed on its children; zero on purpose.
 */
export type PriceStatus = 'priced' | 'provided' | 'estimated' | 'unpriced' | 'not_billable';

export type UnpricedReason =
  | 'no_usage'
  | 'no_model'
  | 'unknown_model'
  | 'invalid_usage'
  /** cache_read + cache_write exceed input, or reasoning exceeds output: the counts contradict each other. */
  | 'inconsistent_usage'
  /** Tokens of a kind the matched price entry has no price for (e.g. output tokens on an input-only model). */
  | 'no_price_for_usage'
  | 'invalid_time'
  | 'cost_out_of_range';

export interface PricedCost {
  readonly status: PriceStatus;
  /**
   * USD by kind in canonical decimal text (see decimal.ts). Kinds with no tokens are left out; reasoning appears
   * only when billed at a price of its own (otherwise it is inside output). Priced and estimated costs sum exactly
   * to `total`; a provided cost is split as the emitter sent it.
   */
  readonly cost: Partial<Record<CostKind, string>>;
  readonly total: string;
  /** "override:<id>", "genai-prices:<provider>/<model>@<start date or catalog version>[;...]", "provided", or "". */
  readonly priceId: string;
  readonly estimatedBy?: string;
  /** Why a span is unpriced. */
  readonly reason?: UnpricedReason;
}
