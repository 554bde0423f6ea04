// OpenInference (Arize Phoenix): openinference.span.kind, llm.model_name, llm.token_count.*, llm.input_messages.*,
// input.value / output.value, retrieval.documents.*, tool.*, llm.cost.*, session.id, user.id, metadata.
import type { OtlpSpan } from '@/ingest/otlp/types';
import { defined, usageOf, type ConventionFacts } from './facts';
import { messagesFromOpenInference, messagesFromText, toolCallsOf } from './messages';
import { canonicalProvider } from './provider';
import { asString, indexed, isRecord, num, parseJson, str } from './read-attributes';
import { openinferenceKindType } from './span-type';
import type { RetrievalDocument, ToolCall } from './types';

export function readOpenInference(span: OtlpSpan): ConventionFacts | undefined {
  const a = span.attributes;
  const kind = str(a, 'openinference.span.kind');
  // llm.cost.* is also sent by emitters that follow other conventions for everything else.
  if (!kind && a['llm.model_name'] === undefined && a['llm.token_count.prompt'] === undefined && a['llm.cost.total'] === undefined) return undefined;
  const type = openinferenceKindType(kind);
  const inputMessages = messagesFromOpenInference(indexed(a, 'llm.input_messages'));
  const outputMessages = messagesFromOpenInference(indexed(a, 'llm.output_messages'));
  // An embedding's content is its input texts: kept as the input, so that usage can be estimated when none is sent.
  const embeddingTexts = type === 'embedding' ? indexed(a, 'embedding.embeddings').map((e) => e['embedding.text']).filter((t): t is string => !!t) : [];
  const input =
    inputMessages.length > 0
      ? inputMessages
      : embeddingTexts.length > 0
        ? embeddingTexts.map((text) => ({ role: 'user', parts: [{ type: 'text' as const, content: text }] }))
        : type === 'llm' || type === 'embedding'
          ? messagesFromText(str(a, 'input.value'))
          : [];
  const output = outputMessages.length > 0 ? outputMessages : type === 'llm' ? messagesFromText(str(a, 'output.value'), 'assistant') : [];
  const docs: RetrievalDocument[] = indexed(a, 'retrieval.documents').map((d) => {
    const score = d['document.score'] === undefined ? undefined : Number(d['document.score']);
    return defined({
      id: d['document.id'],
      score: Number.isFinite(score) ? score : undefined,
      content: d['document.content'],
      metadata: d['document.metadata'],
    }) as RetrievalDocument;
  });
  const toolName = str(a, 'tool.name');
  const toolCalls: ToolCall[] = type === 'tool' && toolName
    ? [defined({ name: toolName, arguments: str(a, 'tool.parameters') ?? str(a, 'input.value'), result: str(a, 'output.value') }) as ToolCall]
    : toolCallsOf(output);
  const params = parseJson(str(a, 'llm.invocation_parameters'));
  const invocationParameters: Record<string, string> = {};
  if (isRecord(params)) for (const [k, v] of Object.entries(params)) invocationParameters[k] = asString(v) ?? JSON.stringify(v);
  const costTotal = str(a, 'llm.cost.total');
  const costInput = str(a, 'llm.cost.prompt');
  const costOutput = str(a, 'llm.cost.completion');
  const metadata = parseJson(str(a, 'metadata'));
  const fromMetadata = (...keys: string[]) => (isRecord(metadata) ? keys.map((k) => asString(metadata[k])).find((v) => v !== undefined) : undefined);
  const tenant = fromMetadata('tenant_id', 'tenantId', 'tenant');
  const finish = str(a, 'llm.finish_reason');
  return defined<ConventionFacts>({
    type,
    provider: canonicalProvider(str(a, 'llm.provider') ?? str(a, 'llm.system')),
    requestModel: str(a, 'llm.model_name') ?? str(a, 'embedding.model_name'),
    usage: usageOf({
      input: num(a, 'llm.token_count.prompt'),
      output: num(a, 'llm.token_count.completion'),
      cache_read: num(a, 'llm.token_count.prompt_details.cache_read'),
      cache_write: num(a, 'llm.token_count.prompt_details.cache_write'),
      reasoning: num(a, 'llm.token_count.completion_details.reasoning'),
      total: num(a, 'llm.token_count.total'),
    }),
    usageIsAggregate: type === 'chain' || type === 'agent' ? true : undefined,
    input: input.length > 0 ? input : undefined,
    output: output.length > 0 ? output : undefined,
    finishReasons: finish ? [finish] : undefined,
    toolCalls: toolCalls.length > 0 ? toolCalls : undefined,
    retrievalQuery: type === 'retrieval' || type === 'rerank' ? str(a, 'input.value') : undefined,
    retrievalDocuments: docs.length > 0 ? docs : undefined,
    invocationParameters: Object.keys(invocationParameters).length > 0 ? invocationParameters : undefined,
    providedCost: costTotal || costInput || costOutput ? defined({ total: costTotal, input: costInput, output: costOutput }) : undefined,
    attribution: defined({
      sessionId: str(a, 'session.id'),
      userId: str(a, 'user.id'),
      tenantId: tenant,
      feature: fromMetadata('feature') ?? str(a, 'agent.name') ?? str(a, 'graph.node.name'),
    }),
  });
}
