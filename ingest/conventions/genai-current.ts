// OpenTelemetry GenAI semantic conventions, current (v1.37+): gen_ai.operation.name, gen_ai.provider.name,
// gen_ai.input/output.messages with typed parts, gen_ai.usage.cache_read.input_tokens, gen_ai.conversation.id,
// execute_tool / retrieval spans, gen_ai.evaluation.result events. Keys shared with the older version
// (gen_ai.request.model, finish reasons, request parameters) are read here; the ones it dropped, in genai-legacy.ts.
import { genaiEvaluationScores } from './evaluation';
import { messagesFromJson, textMessage, toMessages } from './messages';
import { canonicalProvider } from './provider';
import type { ConventionReader } from './reader';
import { documentsFrom } from './retrieval';
import { FAMILY, type SpanView } from './span-view';
import { typeFromGenAiOperation } from './span-type';
import type { Message, ToolCall, Usage } from './types';
import { usageOf } from './usage';
import { looksLikeJson, readStringList } from './values';

const REQUEST_PARAM_PREFIX = 'gen_ai.request.';

/**
 * The AI SDK writes gen_ai.usage.* as well, with its own meaning (for Anthropic in v4/v5, input without cached
 * tokens); on its spans vercel-ai.ts, which sees the whole picture, answers for usage.
 */
function usage(view: SpanView): Usage | undefined {
  if (view.has(FAMILY.vercelAi)) return undefined;
  return usageOf({
    input: view.count('gen_ai.usage.input_tokens'),
    output: view.count('gen_ai.usage.output_tokens'),
    cache_read: view.count('gen_ai.usage.cache_read.input_tokens'),
    cache_write: view.count('gen_ai.usage.cache_creation.input_tokens'),
    reasoning: view.count('gen_ai.usage.reasoning.output_tokens'),
    total: view.count('gen_ai.usage.total_tokens'),
  });
}

/** gen_ai.system_instructions (a list of parts; some emitters send plain text) becomes a leading system message. */
function systemMessages(view: SpanView): Message[] | undefined {
  const text = view.str('gen_ai.system_instructions');
  if (text === undefined) return undefined;
  if (!looksLikeJson(text)) return [textMessage('system', text)];
  const instructions = view.json('gen_ai.system_instructions');
  return toMessages(Array.isArray(instructions) ? [{ role: 'system', parts: instructions }] : instructions, 'system');
}

function input(view: SpanView): Message[] | undefined {
  const messages = messagesFromJson(view.str('gen_ai.input.messages'), 'user');
  const system = systemMessages(view);
  if (system === undefined) return messages;
  return messages === undefined ? system : [...system, ...messages];
}

/** An execute_tool span describes the one call it ran. */
function toolCalls(view: SpanView): ToolCall[] | undefined {
  const name = view.str('gen_ai.tool.name');
  if (name === undefined) return undefined;
  const id = view.str('gen_ai.tool.call.id');
  const args = view.str('gen_ai.tool.call.arguments');
  const result = view.str('gen_ai.tool.call.result');
  return [{ ...(id !== undefined && { id }), name, ...(args !== undefined && { arguments: args }), ...(result !== undefined && { result }) }];
}

function invocationParameters(view: SpanView): Record<string, string> | undefined {
  let params: Record<string, string> | undefined;
  for (const key of view.requestParamKeys) {
    const value = view.str(key);
    if (value !== undefined) (params ??= {})[key.slice(REQUEST_PARAM_PREFIX.length)] = value;
  }
  return params;
}

function timeToFirstTokenMs(view: SpanView): number | undefined {
  const seconds = view.num('gen_ai.response.time_to_first_chunk');
  return seconds !== undefined && seconds >= 0 ? seconds * 1000 : undefined;
}

export const genaiCurrent: ConventionReader = {
  id: 'genai',
  families: FAMILY.genai,
  read: {
    spanType: (view) => typeFromGenAiOperation(view.str('gen_ai.operation.name')),
    provider: (view) => canonicalProvider(view.str('gen_ai.provider.name')),
    requestModel: (view) => view.str('gen_ai.request.model'),
    responseModel: (view) => view.str('gen_ai.response.model'),
    usage,
    timeToFirstTokenMs,
    finishReasons: (view) => readStringList(view.attrs, 'gen_ai.response.finish_reasons'),
    input,
    output: (view) => messagesFromJson(view.str('gen_ai.output.messages'), 'assistant'),
    toolCalls,
    retrievalQuery: (view) => view.str('gen_ai.retrieval.query.text'),
    retrievalDocuments: (view) => documentsFrom(view.json('gen_ai.retrieval.documents')),
    invocationParameters,
    // Not in the conventions, but common in the wild: the emitter's own cost estimate, kept as sent.
    providedCost: (view) => {
      const total = view.str('gen_ai.usage.cost');
      return total === undefined ? undefined : { total };
    },
    scores: genaiEvaluationScores,
    sessionId: (view) => view.str('gen_ai.conversation.id'),
    userId: (view) => view.str('user.id') ?? view.str('enduser.id'),
    feature: (view) => view.str('gen_ai.workflow.name') ?? view.str('gen_ai.agent.name'),
  },
};
