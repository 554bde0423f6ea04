// Pipeline stage "price": the span's cost at its own time, by usage kind, from a project override or the built-in
// catalog; a cost the emitter reported wins. Spans with content but no usage are counted with a tokenizer first.
import type { NormalisedSpan, Usage } from '@/ingest/conventions/types';
import { estimateTokens, estimatorLabel, priceSpan, type PriceOverride } from '@/lib/pricing';
import type { SpanRow } from './span-row';

function hasUsage(usage: Usage): boolean {
  return (usage.input ?? 0) > 0 || (usage.output ?? 0) > 0 || (usage.total ?? 0) > 0;
}

export async function applyCost(row: SpanRow, facts: NormalisedSpan, overrides: readonly PriceOverride[], startMs: number): Promise<void> {
  const billable = row.billable === 1;
  // Not a model call and nothing to price (an HTTP handler, a tool, a chain without usage): no cost columns at all.
  if (!billable && !hasUsage(facts.usage) && !facts.providedCost) return;
  let usage = facts.usage;
  let estimatedBy: string | undefined;
  // Only a real model call is estimated: an agent or a chain without usage of its own costs nothing by itself.
  if (billable && !hasUsage(usage) && !facts.providedCost && (facts.input.length > 0 || facts.output.length > 0)) {
    const estimate = await estimateTokens({ model: facts.responseModel ?? facts.requestModel, input: facts.input, output: facts.output });
    usage = { input: estimate.input, output: estimate.output };
    estimatedBy = estimatorLabel(estimate.tokenizer);
    row.usage = { input: String(estimate.input), output: String(estimate.output) };
  }
  const priced = priceSpan({
    provider: facts.provider,
    model: facts.responseModel ?? facts.requestModel,
    usage,
    at: new Date(startMs),
    overrides,
    providedCost: facts.providedCost,
    billable,
    estimatedBy,
  });
  row.cost = { ...priced.cost };
  row.cost_total = priced.total;
  row.cost_status = priced.status;
  row.price_id = priced.priceId;
  row.usage_estimated_by = priced.estimatedBy ?? '';
}
