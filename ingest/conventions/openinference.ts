// OpenInference (Arize Phoenix, LlamaIndex / LangChain instrumentations): openinference.span.kind, llm.model_name,
// llm.provider / llm.system, llm.token_count.*, llm.input_messages.{i}.message.*, input.value / output.value,
// retrieval.documents.{i}.document.*, reranker.*, tool.*, llm.invocation_parameters, llm.cost.*, session.id,
// user.id and a `metadata` JSON object (where apps put the tenant: OpenInference has no attribute for it).
import { metadataField } from './attribution';
import { openInferenceScores } from './evaluation';
import { indexedOpenInferenceMessages } from './indexed-messages';
import { messagesFromText, textMessage } from './messages';
import { canonicalProvider } from './provider';
import type { ConventionReader } from './reader';
import { FAMILY, type SpanView } from './span-view';
import { typeFromOpenInferenceKind } from './span-type';
import type { Message, MessagePart, ProvidedCost, RetrievalDocument, ToolCall } from './types';
import { usageOf } from './usage';
import { readNumber, readString, recordAsStrings } from './values';

const MAX_INDEX = 10_000;

function kind(view: SpanView): string | undefined {
  return view.str('openinference.span.kind')?.toUpperCase();
}

/** input.value is JSON or text as `input.mime_type` says; JSON is read as messages (`{messages: [...]}`) if it can be. */
function value(view: SpanView, key: 'input' | 'output', defaultRole: string): Message[] | undefined {
  const text = view.str(`${key}.value`);
  if (text === undefined) return undefined;
  return view.str(`${key}.mime_type`) === 'text/plain' ? [textMessage(defaultRole, text)] : messagesFromText(text, defaultRole);
}

/** An embedding span's content is its input texts. */
function embeddingTexts(view: SpanView): Message[] | undefined {
  let texts: MessagePart[] | undefined;
  for (let i = 0; i < MAX_INDEX; i++) {
    const text = view.str(`embedding.embeddings.${i}.embedding.text`);
    if (text === undefined) break;
    (texts ??= []).push({ type: 'text', content: text });
  }
  return texts ? [{ role: 'user', parts: texts }] : undefined;
}

function input(view: SpanView): Message[] | undefined {
  return indexedOpenInferenceMessages(view.attrs, 'llm.input_messages', 'user') ?? embeddingTexts(view) ?? value(view, 'input', 'user');
}

function output(view: SpanView): Message[] | undefined {
  return indexedOpenInferenceMessages(view.attrs, 'llm.output_messages', 'assistant') ?? value(view, 'output', 'assistant');
}

function documents(view: SpanView, prefix: string): RetrievalDocument[] | undefined {
  let docs: RetrievalDocument[] | undefined;
  for (let i = 0; i < MAX_INDEX; i++) {
    const base = `${prefix}.${i}.document.`;
    const id = readString(view.attrs, `${base}id`);
    const content = readString(view.attrs, `${base}content`);
    const score = readNumber(view.attrs, `${base}score`);
    const metadata = readString(view.attrs, `${base}metadata`);
    if (id === undefined && content === undefined && score === undefined && metadata === undefined) break;
    (docs ??= []).push({
      ...(id !== undefined && { id }),
      ...(score !== undefined && { score }),
      ...(content !== undefined && { content }),
      ...(metadata !== undefined && { metadata }),
    });
  }
  return docs;
}

/** A TOOL span: tool.name, with the call in tool_call.* (newer) or input.value, and the result in output.value. */
function toolCalls(view: SpanView): ToolCall[] | undefined {
  if (kind(view) !== 'TOOL') return undefined;
  const name = view.str('tool.name') ?? view.str('tool_call.function.name');
  if (name === undefined) return undefined;
  const id = view.str('tool_call.id');
  const args = view.str('tool_call.function.arguments') ?? view.str('input.value');
  const result = view.str('output.value');
  return [{ ...(id !== undefined && { id }), name, ...(args !== undefined && { arguments: args }), ...(result !== undefined && { result }) }];
}

function retrievalQuery(view: SpanView): string | undefined {
  const k = kind(view);
  if (k === 'RERANKER') return view.str('reranker.query') ?? view.str('input.value');
  return k === 'RETRIEVER' ? view.str('input.value') : undefined;
}

function providedCost(view: SpanView): ProvidedCost | undefined {
  const total = view.str('llm.cost.total');
  const input = view.str('llm.cost.prompt');
  const output = view.str('llm.cost.completion');
  if (total === undefined && input === undefined && output === undefined) return undefined;
  return { ...(total !== undefined && { total }), ...(input !== undefined && { input }), ...(output !== undefined && { output }) };
}

const TENANT_FIELDS = ['tenant_id', 'tenantId', 'tenant', 'customer_id'];
const FEATURE_FIELDS = ['feature'];

export const openinference: ConventionReader = {
  id: 'openinference',
  families: FAMILY.openinference,
  read: {
    spanType: (view) => typeFromOpenInferenceKind(view.str('openinference.span.kind')),
    provider: (view) => canonicalProvider(view.str('llm.provider') ?? view.str('llm.system')),
    // llm.model_name is the one model OpenInference records (the response's, once there is one).
    requestModel: (view) => view.str('llm.model_name') ?? view.str('embedding.model_name') ?? view.str('reranker.model_name'),
    usage: (view) => usageOf({
      input: view.count('llm.token_count.prompt'),
      output: view.count('llm.token_count.completion'),
      cache_read: view.count('llm.token_count.prompt_details.cache_read'),
      cache_write: view.count('llm.token_count.prompt_details.cache_write'),
      reasoning: view.count('llm.token_count.completion_details.reasoning'),
      total: view.count('llm.token_count.total'),
    }),
    finishReasons: (view) => {
      const reason = view.str('llm.finish_reason');
      return reason === undefined ? undefined : [reason];
    },
    input,
    output,
    toolCalls,
    retrievalQuery,
    retrievalDocuments: (view) => documents(view, 'retrieval.documents') ?? documents(view, 'reranker.output_documents'),
    invocationParameters: (view) => recordAsStrings(view.json('llm.invocation_parameters')),
    providedCost,
    scores: openInferenceScores,
    sessionId: (view) => view.str('session.id'),
    userId: (view) => view.str('user.id'),
    tenantId: (view) => metadataField(view.json('metadata'), view.settings.tenantKeys, TENANT_FIELDS),
    feature: (view) =>
      metadataField(view.json('metadata'), view.settings.featureKeys, FEATURE_FIELDS) ?? view.str('agent.name') ?? view.str('graph.node.name'),
  },
};
