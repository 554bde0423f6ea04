// Turns reported usage into billed token counts and multiplies them by rates, so that no token is billed twice:
// `input` includes cache_read and cache_write (OTel GenAI meaning), `output` includes reasoning (OpenAI meaning).
import type { Usage } from '@/ingest/conventions/types';
import { costOfTokens, type Decimal } from './decimal';
import type { Rates } from './price-sheet';
import type { CostKind, UnpricedReason } from './types';

export interface TokenSplit {
  /** Reported input, cached tokens included: what tiers are chosen by. */
  readonly input: number;
  readonly uncachedInput: number;
  readonly cacheRead: number;
  readonly cacheWrite: number;
  /** Reported output, reasoning included. */
  readonly output: number;
  readonly reasoning: number;
}

export type SplitResult = { readonly ok: true; readonly split: TokenSplit } | { readonly ok: false; readonly reason: UnpricedReason };

export type BillResult =
  | { readonly ok: true; readonly cost: Partial<Record<CostKind, Decimal>>; readonly total: Decimal }
  | { readonly ok: false; readonly reason: UnpricedReason };

/** Validates usage and splits input into its disjoint parts. `total` alone is not enough to bill anything. */
export function splitUsage(usage: Usage): SplitResult {
  const { input, output, cache_read: cacheRead, cache_write: cacheWrite, reasoning } = usage;
  if (input === undefined && output === undefined && cacheRead === undefined && cacheWrite === undefined) {
    return { ok: false, reason: 'no_usage' };
  }
  const counts = [input ?? 0, output ?? 0, cacheRead ?? 0, cacheWrite ?? 0, reasoning ?? 0];
  if (!counts.every(isTokenCount)) return { ok: false, reason: 'invalid_usage' };

  const [inputTokens = 0, outputTokens = 0, readTokens = 0, writeTokens = 0, reasoningTokens = 0] = counts;
  // Cached parts larger than the input they belong to mean the emitter's counts do not follow the convention (e.g.
  // an Anthropic-style input that excludes cache). Guessing either way would bill wrong, so the span stays unpriced.
  if (readTokens + writeTokens > inputTokens || reasoningTokens > outputTokens) {
    return { ok: false, reason: 'inconsistent_usage' };
  }
  return {
    ok: true,
    split: {
      input: inputTokens,
      uncachedInput: inputTokens - readTokens - writeTokens,
      cacheRead: readTokens,
      cacheWrite: writeTokens,
      output: outputTokens,
      reasoning: reasoningTokens,
    },
  };
}

/**
 * Reasoning tokens are billed at the reasoning rate when the entry has one (and then taken out of output), else
 * inside output at the output rate. Tokens of a kind without a rate make the span unpriced instead of free.
 */
export function billTokens(split: TokenSplit, rates: Rates): BillResult {
  const separateReasoning = rates.reasoning !== undefined;
  const billed: readonly (readonly [CostKind, number])[] = [
    ['input', split.uncachedInput],
    ['cache_read', split.cacheRead],
    ['cache_write', split.cacheWrite],
    ['output', separateReasoning ? split.output - split.reasoning : split.output],
    ['reasoning', separateReasoning ? split.reasoning : 0],
  ];

  const cost: Partial<Record<CostKind, Decimal>> = {};
  let total = 0n;
  for (const [kind, tokens] of billed) {
    if (tokens === 0) continue;
    const rate = rates[kind];
    if (rate === undefined) return { ok: false, reason: 'no_price_for_usage' };
    const amount = costOfTokens(tokens, rate);
    cost[kind] = amount;
    total += amount;
  }
  return { ok: true, cost, total: total as Decimal };
}

function isTokenCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}
