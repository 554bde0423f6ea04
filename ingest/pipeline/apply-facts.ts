// Pipeline stage "understand": the normalised facts of a span go into its row's LLM columns. Rows are filled in
// place: each is a fresh object owned by this request, and copying ~60 fields per span would cost more than the work.
import type { NormalisedSpan } from '@/ingest/conventions/types';
import type { SpanRow } from './span-row';

/** Span types whose usage is a real call to a model (and so can be priced and billed). */
const CALL_TYPES = new Set(['llm', 'embedding', 'rerank']);

export function applyFacts(row: SpanRow, facts: NormalisedSpan): void {
  row.span_type = facts.type;
  row.provider = facts.provider ?? '';
  row.request_model = facts.requestModel ?? '';
  row.response_model = facts.responseModel ?? '';
  const usage: Record<string, string> = {};
  for (const [kind, count] of Object.entries(facts.usage)) {
    if (typeof count === 'number' && Number.isFinite(count) && count >= 0) usage[kind] = String(Math.round(count));
  }
  row.usage = usage;
  // A span that repeats its children's usage (an agent, a workflow, an SDK's outer call) is kept for display but not
  // billed: counting it would double the children's tokens and cost (invariant 4).
  row.billable = facts.usageIsAggregate === true || !CALL_TYPES.has(facts.type) ? 0 : 1;
  row.tenant_id = facts.attribution.tenantId ?? '';
  row.feature = facts.attribution.feature ?? '';
  row.user_id = facts.attribution.userId ?? '';
  row.session_id = facts.attribution.sessionId ?? '';
  if (facts.attribution.environment) row.environment = facts.attribution.environment;
  if (facts.attribution.release) row.release = facts.attribution.release;
  row.input = facts.input.length > 0 ? JSON.stringify(facts.input) : '';
  row.output = facts.output.length > 0 ? JSON.stringify(facts.output) : '';
  row.hallucination = facts.hallucination ? 1 : 0;
  row.time_to_first_token_ms = facts.timeToFirstTokenMs ?? null;
  row.finish_reasons = [...facts.finishReasons];
  row.tool_calls = facts.toolCalls.length > 0 ? JSON.stringify(facts.toolCalls) : '';
  row.retrieval_query = facts.retrievalQuery ?? '';
  row.retrieval_documents = facts.retrievalDocuments.length > 0 ? JSON.stringify(facts.retrievalDocuments) : '';
  row.invocation_parameters = { ...facts.invocationParameters };
  row.error_type = facts.errorType ?? '';
  row.error_message = facts.errorMessage ?? '';
  row.scores = facts.scores.length > 0 ? JSON.stringify(facts.scores) : '';
  row.conventions = [...facts.conventions];
}
