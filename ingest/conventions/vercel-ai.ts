// Vercel AI SDK v4-v6 telemetry (ai.*). One call is an outer `ai.generateText` / `ai.streamText` span that repeats
// the usage of its `.doGenerate` / `.doStream` children (one per model round trip): the outer span is a chain
// whose usage is an aggregate, never billed again. Usage names: v4 promptTokens, v5 inputTokens (+cachedInputTokens,
// reasoningTokens), v6 inputTokenDetails / outputTokenDetails.
import type { OtlpSpan } from '@/ingest/otlp/types';
import { defined, usageOf, type ConventionFacts } from './facts';
import { messagesFromText, messagesFromValue } from './messages';
import { canonicalProvider } from './provider';
import { asString, firstNum, isRecord, num, parseJson, str } from './read-attributes';
import type { Message, MessagePart, SpanType, ToolCall } from './types';

const CALLS = new Set(['ai.generateText.doGenerate', 'ai.streamText.doStream', 'ai.generateObject.doGenerate', 'ai.streamObject.doStream']);
const EMBEDDINGS = new Set(['ai.embed.doEmbed', 'ai.embedMany.doEmbed']);
const OUTER = new Set(['ai.generateText', 'ai.streamText', 'ai.generateObject', 'ai.streamObject', 'ai.embed', 'ai.embedMany']);

function typeOf(operation: string): { type?: SpanType; aggregate?: boolean } {
  if (CALLS.has(operation)) return { type: 'llm' };
  if (EMBEDDINGS.has(operation)) return { type: 'embedding' };
  if (operation === 'ai.toolCall') return { type: 'tool' };
  if (OUTER.has(operation)) return { type: 'chain', aggregate: true };
  return {};
}

function responseToolCalls(text: string | undefined): ToolCall[] {
  const parsed = parseJson(text);
  if (!Array.isArray(parsed)) return [];
  const calls: ToolCall[] = [];
  for (const c of parsed) {
    if (!isRecord(c)) continue;
    const args = c.args ?? c.input;
    calls.push(defined({ id: asString(c.toolCallId), name: asString(c.toolName) ?? '', arguments: typeof args === 'string' ? args : args === undefined ? undefined : JSON.stringify(args) }) as ToolCall);
  }
  return calls;
}

export function readVercelAi(span: OtlpSpan): ConventionFacts | undefined {
  const a = span.attributes;
  const operation = str(a, 'ai.operationId') ?? (span.name.startsWith('ai.') ? span.name.split(' ')[0] : undefined);
  if (!operation && a['ai.model.id'] === undefined) return undefined;
  const { type, aggregate } = typeOf(operation ?? '');
  const promptMessages = str(a, 'ai.prompt.messages');
  const input: Message[] = promptMessages ? messagesFromText(promptMessages) : messagesFromValue(parseJson(str(a, 'ai.prompt')));
  const calls = responseToolCalls(str(a, 'ai.response.toolCalls'));
  const text = str(a, 'ai.response.text') ?? str(a, 'ai.response.object');
  const finish = str(a, 'ai.response.finishReason');
  const parts: MessagePart[] = [
    ...(text !== undefined ? [{ type: 'text' as const, content: text }] : []),
    ...calls.map((c) => ({ type: 'tool_call' as const, name: c.name, ...(c.id !== undefined && { id: c.id }), ...(c.arguments !== undefined && { arguments: c.arguments }) })),
  ];
  const output: Message[] = parts.length > 0 ? [{ role: 'assistant', parts, ...(finish && { finishReason: finish }) }] : [];
  const toolName = str(a, 'ai.toolCall.name');
  const toolCalls: ToolCall[] = toolName
    ? [defined({ id: str(a, 'ai.toolCall.id'), name: toolName, arguments: str(a, 'ai.toolCall.args') ?? str(a, 'ai.toolCall.input'), result: str(a, 'ai.toolCall.result') ?? str(a, 'ai.toolCall.output') }) as ToolCall]
    : calls;
  const firstChunk = span.events.find((e) => e.name === 'ai.stream.firstChunk');
  const ttft = num(a, 'ai.response.msToFirstChunk') ?? (firstChunk ? num(firstChunk.attributes, 'ai.response.msToFirstChunk') : undefined);
  const params: Record<string, string> = {};
  for (const key in a) if (key.startsWith('ai.settings.')) params[key.slice('ai.settings.'.length)] = a[key] as string;
  const embedding = type === 'embedding' || operation === 'ai.embed' || operation === 'ai.embedMany';
  return defined<ConventionFacts>({
    type,
    provider: canonicalProvider(str(a, 'ai.model.provider')),
    requestModel: str(a, 'ai.model.id'),
    responseModel: str(a, 'ai.response.model'),
    usage: usageOf({
      input: embedding ? firstNum(a, ['ai.usage.tokens', 'ai.usage.inputTokens']) : firstNum(a, ['ai.usage.inputTokens', 'ai.usage.promptTokens']),
      output: firstNum(a, ['ai.usage.outputTokens', 'ai.usage.completionTokens']),
      cache_read: firstNum(a, ['ai.usage.inputTokenDetails.cacheReadTokens', 'ai.usage.cachedInputTokens']),
      cache_write: num(a, 'ai.usage.inputTokenDetails.cacheWriteTokens'),
      reasoning: firstNum(a, ['ai.usage.outputTokenDetails.reasoningTokens', 'ai.usage.reasoningTokens']),
      total: embedding ? undefined : num(a, 'ai.usage.totalTokens'),
    }),
    usageIsAggregate: aggregate,
    timeToFirstTokenMs: ttft,
    finishReasons: finish ? [finish] : undefined,
    input: input.length > 0 ? input : undefined,
    output: output.length > 0 ? output : undefined,
    toolCalls: toolCalls.length > 0 ? toolCalls : undefined,
    invocationParameters: Object.keys(params).length > 0 ? params : undefined,
    attribution: defined({ feature: str(a, 'ai.telemetry.functionId') }),
  });
}
