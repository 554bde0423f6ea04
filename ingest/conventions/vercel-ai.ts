// Vercel AI SDK telemetry, v4 to v6 (ai.*). One generateText / streamText call is an outer `ai.generateText` span
// (usage summed over its steps) around one `ai.generateText.doGenerate` / `ai.streamText.doStream` span per model
// round trip, with `ai.toolCall` spans between them. Usage names changed with the majors: v4 promptTokens /
// completionTokens; v5 inputTokens / outputTokens (+ cachedInputTokens, reasoningTokens); v6 adds
// inputTokenDetails.{noCacheTokens, cacheReadTokens, cacheWriteTokens} and outputTokenDetails.*.
import { messagesFromJson, toMessages, toPart } from './messages';
import { canonicalProvider } from './provider';
import type { ConventionReader } from './reader';
import { EVENT, FAMILY, type SpanView } from './span-view';
import { typeFromVercelOperation } from './span-type';
import type { Message, MessagePart, ToolCall, Usage } from './types';
import { usageOf } from './usage';
import { asNumber, isRecord, parseJson, readNumber } from './values';

function operation(view: SpanView): string | undefined {
  return view.str('ai.operationId') ?? (view.span.name.startsWith('ai.') ? view.span.name : undefined);
}

interface CacheCounts {
  readonly read: number | undefined;
  readonly write: number | undefined;
}

/**
 * Cache counts from `ai.response.providerMetadata`, present only for providers whose input count leaves cached
 * tokens out: Anthropic (v4 `cacheReadInputTokens` / `cacheCreationInputTokens`, v5 also the raw `usage`) and
 * Bedrock (`usage.cacheReadInputTokens` / `cacheWriteInputTokens`).
 */
function cacheFromProviderMetadata(view: SpanView): CacheCounts | undefined {
  const metadata = view.json('ai.response.providerMetadata');
  if (!isRecord(metadata)) return undefined;
  const anthropic = metadata.anthropic;
  if (isRecord(anthropic)) {
    const raw = isRecord(anthropic.usage) ? anthropic.usage : {};
    return {
      read: asNumber(raw.cache_read_input_tokens) ?? asNumber(anthropic.cacheReadInputTokens),
      write: asNumber(raw.cache_creation_input_tokens) ?? asNumber(anthropic.cacheCreationInputTokens),
    };
  }
  const bedrock = metadata.bedrock;
  if (isRecord(bedrock) && isRecord(bedrock.usage)) {
    return { read: asNumber(bedrock.usage.cacheReadInputTokens), write: asNumber(bedrock.usage.cacheWriteInputTokens) };
  }
  return undefined;
}

/**
 * Usage in the GenAI meaning. v6 counts cached tokens inside inputTokens. v4 and v5 pass the provider's own input
 * count through, and Anthropic's and Bedrock's leave cache reads and writes out: those are added back from the
 * provider metadata, or, without it, when the numbers prove the exclusive meaning (more cached than input tokens).
 */
function usage(view: SpanView): Usage | undefined {
  let input = view.count('ai.usage.inputTokens') ?? view.count('ai.usage.promptTokens') ?? view.count('ai.usage.tokens')
    ?? view.count('gen_ai.usage.input_tokens');
  const output = view.count('ai.usage.outputTokens') ?? view.count('ai.usage.completionTokens') ?? view.count('gen_ai.usage.output_tokens');
  const noCache = view.count('ai.usage.inputTokenDetails.noCacheTokens');
  let cacheRead = view.count('ai.usage.inputTokenDetails.cacheReadTokens');
  let cacheWrite = view.count('ai.usage.inputTokenDetails.cacheWriteTokens');
  const cached = view.count('ai.usage.cachedInputTokens');
  const hasDetails = noCache !== undefined || cacheRead !== undefined || cacheWrite !== undefined;
  if (hasDetails) {
    input ??= noCache === undefined ? undefined : noCache + (cacheRead ?? 0) + (cacheWrite ?? 0);
    cacheRead ??= cached;
  } else {
    const exclusive = view.str('ai.response.providerMetadata') === undefined ? undefined : cacheFromProviderMetadata(view);
    if (exclusive) {
      cacheRead = exclusive.read ?? cached;
      cacheWrite = exclusive.write;
      if (input !== undefined) input += (cacheRead ?? 0) + (cacheWrite ?? 0);
    } else {
      cacheRead = cached;
      if (input !== undefined && cached !== undefined && cached > input) input += cached;
    }
  }
  return usageOf({
    input,
    output,
    cache_read: cacheRead,
    cache_write: cacheWrite,
    reasoning: view.count('ai.usage.outputTokenDetails.reasoningTokens') ?? view.count('ai.usage.reasoningTokens'),
    total: view.count('ai.usage.totalTokens'),
  });
}

function timeToFirstTokenMs(view: SpanView): number | undefined {
  const attribute = view.num('ai.response.msToFirstChunk');
  if (attribute !== undefined) return attribute;
  const event = view.hasEvent(EVENT.firstChunk) ? view.firstEvent('ai.stream.firstChunk') : undefined;
  if (!event) return undefined;
  return readNumber(event.attributes, 'ai.response.msToFirstChunk') ?? view.msSinceStart(event.timeUnixNano);
}

/** `ai.response.toolCalls`: v4 `{toolCallType, toolCallId, toolName, args}`, v5+ `{toolCallId, toolName, input}`. */
function responseToolCalls(view: SpanView, into: MessagePart[]): void {
  const calls = view.json('ai.response.toolCalls');
  if (!Array.isArray(calls)) return;
  for (const call of calls) {
    const part = isRecord(call) ? toPart({ ...call, type: 'tool-call' }) : undefined;
    if (part) into.push(part);
  }
}

function output(view: SpanView): Message[] | undefined {
  const parts: MessagePart[] = [];
  const reasoning = view.str('ai.response.reasoning');
  if (reasoning !== undefined) parts.push({ type: 'reasoning', content: reasoning });
  const text = view.str('ai.response.text') ?? view.str('ai.response.object');
  if (text !== undefined) parts.push({ type: 'text', content: text });
  responseToolCalls(view, parts);
  if (parts.length === 0) return undefined;
  const finishReason = view.str('ai.response.finishReason');
  return [{ role: 'assistant', parts, ...(finishReason !== undefined && { finishReason }) }];
}

/** Embedding inputs: `ai.value` / `ai.values` hold each text JSON-encoded ("\"text\""). */
function embeddingInput(view: SpanView): Message[] | undefined {
  const values = view.json('ai.values');
  const list = Array.isArray(values) ? values : view.str('ai.value') === undefined ? undefined : [view.str('ai.value')];
  if (!list) return undefined;
  const parts: MessagePart[] = [];
  for (const item of list) {
    if (typeof item !== 'string') continue;
    const decoded = parseJson(item);
    parts.push({ type: 'text', content: typeof decoded === 'string' ? decoded : item });
  }
  return parts.length > 0 ? [{ role: 'user', parts }] : undefined;
}

function input(view: SpanView): Message[] | undefined {
  return messagesFromJson(view.str('ai.prompt.messages'), 'user') ?? toMessages(view.json('ai.prompt'), 'user') ?? embeddingInput(view);
}

function toolCalls(view: SpanView): ToolCall[] | undefined {
  const name = view.str('ai.toolCall.name');
  if (name === undefined) return undefined;
  const id = view.str('ai.toolCall.id');
  const args = view.str('ai.toolCall.args') ?? view.str('ai.toolCall.input');
  const result = view.str('ai.toolCall.result') ?? view.str('ai.toolCall.output');
  return [{ ...(id !== undefined && { id }), name, ...(args !== undefined && { arguments: args }), ...(result !== undefined && { result }) }];
}

const SETTING_NAMES: Readonly<Record<string, string>> = {
  maxTokens: 'max_tokens',
  maxOutputTokens: 'max_tokens',
  topP: 'top_p',
  topK: 'top_k',
  frequencyPenalty: 'frequency_penalty',
  presencePenalty: 'presence_penalty',
  stopSequences: 'stop_sequences',
  maxRetries: 'max_retries',
  maxSteps: 'max_steps',
};

/** ai.settings.* under the GenAI parameter names where there is one (maxOutputTokens is max_tokens). */
function invocationParameters(view: SpanView): Record<string, string> | undefined {
  let params: Record<string, string> | undefined;
  for (const key of view.aiSettingsKeys) {
    const value = view.str(key);
    if (value === undefined) continue;
    const setting = key.slice('ai.settings.'.length);
    (params ??= {})[Object.hasOwn(SETTING_NAMES, setting) ? (SETTING_NAMES[setting] as string) : setting] = value;
  }
  return params;
}

const METADATA = 'ai.telemetry.metadata.';

export const vercelAi: ConventionReader = {
  id: 'vercel-ai',
  families: FAMILY.vercelAi,
  read: {
    spanType: (view) => typeFromVercelOperation(operation(view)),
    // ai.model.provider names the API too (openai.chat, anthropic.messages); gen_ai.system repeats it.
    provider: (view) => canonicalProvider(view.str('ai.model.provider') ?? view.str('gen_ai.system')),
    requestModel: (view) => view.str('ai.model.id'),
    responseModel: (view) => view.str('ai.response.model'),
    usage,
    timeToFirstTokenMs,
    finishReasons: (view) => {
      const reason = view.str('ai.response.finishReason');
      return reason === undefined ? undefined : [reason];
    },
    input,
    output,
    toolCalls,
    invocationParameters,
    tenantId: (view) => view.str(`${METADATA}tenantId`) ?? view.str(`${METADATA}tenant_id`) ?? view.str(`${METADATA}tenant`),
    userId: (view) => view.str(`${METADATA}userId`) ?? view.str(`${METADATA}user_id`),
    sessionId: (view) => view.str(`${METADATA}sessionId`) ?? view.str(`${METADATA}session_id`),
    feature: (view) => view.str('ai.telemetry.functionId'),
  },
};
