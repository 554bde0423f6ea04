// The ingest pipeline of one project, stage by stage: map (to-span-row) -> understand (normalise + apply-facts) ->
// price (apply-cost) -> redact (redact-row). Raw content exists only inside this function: what leaves it is redacted.
import { normaliseSpan } from '@/ingest/conventions/normalise-span';
import type { NormaliseSettings } from '@/ingest/conventions/types';
import type { OtlpSpan } from '@/ingest/otlp/types';
import type { PriceOverride } from '@/lib/pricing';
import { applyCost } from './apply-cost';
import { applyFacts } from './apply-facts';
import { redactRow, type SpanTextRedactor } from './redact-row';
import type { SpanRow } from './span-row';
import { toSpanRow, type ProjectContext } from './to-span-row';

/** Redaction for one span: placeholders consistent across the trace, and the counts of what this span lost. */
export interface SpanRedaction extends SpanTextRedactor {
  counts(): Record<string, number>;
}

export interface ProjectIngestConfig {
  readonly normalise: NormaliseSettings;
  readonly redactSpan: (traceId: string) => SpanRedaction;
  readonly overrides: readonly PriceOverride[];
}

export async function spansToRows(spans: readonly OtlpSpan[], project: ProjectContext, config: ProjectIngestConfig): Promise<SpanRow[]> {
  const rows: SpanRow[] = new Array<SpanRow>(spans.length);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as OtlpSpan;
    const row = toSpanRow(span, project);
    const facts = normaliseSpan(span, config.normalise);
    applyFacts(row, facts);
    await applyCost(row, facts, config.overrides, Number(span.startTimeUnixNano / 1_000_000n));
    const redaction = config.redactSpan(span.traceId);
    redactRow(row, redaction);
    row.redactions = redaction.counts();
    rows[i] = row;
  }
  return rows;
}
