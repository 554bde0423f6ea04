// OpenLLMetry / Traceloop SDK: llm.request.type on provider spans, traceloop.span.kind on decorated
// workflow / task / agent / tool spans with traceloop.entity.input/output, association properties copied onto
// every span, llm.usage.total_tokens, vector-store queries (db.vector.query.top_k, db.query.result events).
// Releases before March 2026 write the pre-1.37 GenAI form (gen_ai.system, gen_ai.prompt.{i}.*,
// gen_ai.usage.prompt_tokens, gen_ai.usage.cache_read_input_tokens), read here when the span is Traceloop's; newer
// releases write the current form (gen_ai.input.messages, gen_ai.usage.input_tokens), which genai-current.ts reads
// with the higher precedence, leaving only the Traceloop-specific attributes to this module.
import { indexedGenAiMessages } from './indexed-messages';
import { textMessage } from './messages';
import { canonicalProvider } from './provider';
import type { ConventionReader } from './reader';
import { EVENT, FAMILY, type SpanView } from './span-view';
import { typeFromTraceloopKind, typeFromTraceloopRequest } from './span-type';
import type { Message, RetrievalDocument, SpanType, ToolCall } from './types';
import { usageOf } from './usage';
import { readNumber, readString } from './values';

const ASSOCIATION = 'traceloop.association.properties.';

function isWorkflowEntity(view: SpanView): boolean {
  const kind = view.str('traceloop.span.kind');
  return kind === 'workflow' || kind === 'agent';
}

function isVectorQuery(view: SpanView): boolean {
  return view.hasEvent(EVENT.queryResult) || view.str('db.vector.query.top_k') !== undefined;
}

function spanType(view: SpanView): SpanType | undefined {
  return typeFromTraceloopRequest(view.str('llm.request.type'))
    ?? typeFromTraceloopKind(view.str('traceloop.span.kind'))
    ?? (isVectorQuery(view) ? 'retrieval' : undefined);
}

/** Decorated functions record their arguments and return value as JSON text; shown as they are. */
function entity(view: SpanView, key: string, role: string): Message[] | undefined {
  const text = view.str(key);
  return text === undefined ? undefined : [textMessage(role, text)];
}

function toolCalls(view: SpanView): ToolCall[] | undefined {
  if (view.str('traceloop.span.kind') !== 'tool') return undefined;
  const name = view.str('traceloop.entity.name');
  if (name === undefined) return undefined;
  const args = view.str('traceloop.entity.input');
  const result = view.str('traceloop.entity.output');
  return [{ name, ...(args !== undefined && { arguments: args }), ...(result !== undefined && { result }) }];
}

function documents(view: SpanView): RetrievalDocument[] | undefined {
  if (!view.hasEvent(EVENT.queryResult)) return undefined;
  let docs: RetrievalDocument[] | undefined;
  for (const event of view.span.events) {
    if (event.name !== 'db.query.result') continue;
    const id = readString(event.attributes, 'db.query.result.id');
    const score = readNumber(event.attributes, 'db.query.result.score');
    const content = readString(event.attributes, 'db.query.result.document');
    const metadata = readString(event.attributes, 'db.query.result.metadata');
    (docs ??= []).push({
      ...(id !== undefined && { id }),
      ...(score !== undefined && { score }),
      ...(content !== undefined && { content }),
      ...(metadata !== undefined && { metadata }),
    });
  }
  return docs;
}

/** Traceloop's own request parameters; the gen_ai.request.* ones are read by genai-current.ts. */
const PARAMS: readonly (readonly [string, string])[] = [
  ['llm.is_streaming', 'stream'],
  ['llm.top_k', 'top_k'],
  ['llm.frequency_penalty', 'frequency_penalty'],
  ['llm.presence_penalty', 'presence_penalty'],
  ['llm.chat.stop_sequences', 'stop_sequences'],
];

function invocationParameters(view: SpanView): Record<string, string> | undefined {
  let params: Record<string, string> | undefined;
  for (const [key, name] of PARAMS) {
    const value = view.str(key);
    if (value !== undefined) (params ??= {})[name] = value;
  }
  return params;
}

export const openllmetry: ConventionReader = {
  id: 'openllmetry',
  families: FAMILY.openllmetry,
  read: {
    spanType,
    provider: (view) => canonicalProvider(view.str('gen_ai.system')),
    // OpenLLMetry's prompt_tokens include cached tokens (its Anthropic instrumentation adds them up), as GenAI's do.
    usage: (view) => usageOf({
      input: view.count('gen_ai.usage.prompt_tokens'),
      output: view.count('gen_ai.usage.completion_tokens'),
      cache_read: view.count('gen_ai.usage.cache_read_input_tokens'),
      cache_write: view.count('gen_ai.usage.cache_creation_input_tokens'),
      total: view.count('llm.usage.total_tokens') ?? view.count('gen_ai.usage.total_tokens'),
    }),
    input: (view) => indexedGenAiMessages(view.attrs, 'gen_ai.prompt', 'user') ?? entity(view, 'traceloop.entity.input', 'user'),
    output: (view) => indexedGenAiMessages(view.attrs, 'gen_ai.completion', 'assistant') ?? entity(view, 'traceloop.entity.output', 'assistant'),
    toolCalls,
    retrievalQuery: (view) => (isVectorQuery(view) ? view.str('db.query.text') : undefined),
    retrievalDocuments: documents,
    invocationParameters,
    tenantId: (view) => view.str(`${ASSOCIATION}customer_id`) ?? view.str(`${ASSOCIATION}tenant_id`),
    userId: (view) => view.str(`${ASSOCIATION}user_id`),
    sessionId: (view) => view.str(`${ASSOCIATION}session_id`),
    // An entity name is a feature only when the entity is itself the workflow (or agent); a task is a step of one.
    feature: (view) => view.str('traceloop.workflow.name') ?? (isWorkflowEntity(view) ? view.str('traceloop.entity.name') : undefined),
  },
};
