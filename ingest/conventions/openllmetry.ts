// OpenLLMetry / Traceloop: llm.request.type, traceloop.span.kind (workflow, task, agent, tool), association
// properties, entity input/output. Message and usage attributes are gen_ai.* and are read by the GenAI modules
// (both the pre-March-2026 indexed form and the newer gen_ai.input.messages form).
import type { OtlpSpan } from '@/ingest/otlp/types';
import { defined, usageOf, type ConventionFacts } from './facts';
import { messagesFromText } from './messages';
import { num, str } from './read-attributes';
import { traceloopRequestType, traceloopSpanKindType } from './span-type';

const ASSOCIATION = 'traceloop.association.properties.';

export function readOpenLlmetry(span: OtlpSpan): ConventionFacts | undefined {
  const a = span.attributes;
  const requestType = str(a, 'llm.request.type');
  const spanKind = str(a, 'traceloop.span.kind');
  const workflow = str(a, 'traceloop.workflow.name');
  if (!requestType && !spanKind && !workflow && a[`${ASSOCIATION}customer_id`] === undefined) return undefined;
  const kindType = traceloopSpanKindType(spanKind);
  const type = traceloopRequestType(requestType) ?? kindType;
  const isEntity = kindType !== undefined;
  const input = isEntity ? messagesFromText(str(a, 'traceloop.entity.input')) : [];
  const output = isEntity ? messagesFromText(str(a, 'traceloop.entity.output'), 'assistant') : [];
  return defined<ConventionFacts>({
    type,
    usage: usageOf({ total: num(a, 'llm.usage.total_tokens') }),
    usageIsAggregate: kindType === 'chain' || kindType === 'agent' ? true : undefined,
    input: input.length > 0 ? input : undefined,
    output: output.length > 0 ? output : undefined,
    attribution: defined({
      tenantId: str(a, `${ASSOCIATION}customer_id`) ?? str(a, `${ASSOCIATION}tenant_id`),
      userId: str(a, `${ASSOCIATION}user_id`),
      sessionId: str(a, `${ASSOCIATION}session_id`),
      feature: workflow ?? (kindType === 'tool' ? undefined : str(a, 'traceloop.entity.name')),
    }),
  });
}
