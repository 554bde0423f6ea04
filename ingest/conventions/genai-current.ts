// OpenTelemetry GenAI semantic conventions, current (v1.37+): gen_ai.operation.name, gen_ai.provider.name,
// gen_ai.input/output.messages, gen_ai.usage.cache_read.input_tokens, ...
import type { OtlpSpan } from '@/ingest/otlp/types';
import { defined, usageOf, type ConventionFacts } from './facts';
import { messagesFromText, toolCallsOf } from './messages';
import { canonicalProvider } from './provider';
import { hasPrefix, num, str, strList } from './read-attributes';
import { documentsFromJson } from './retrieval';
import { genaiOperationType } from './span-type';
import type { Message, ToolCall } from './types';

const PARAM_PREFIX = 'gen_ai.request.';

export function readGenAiCurrent(span: OtlpSpan): ConventionFacts | undefined {
  const a = span.attributes;
  if (!hasPrefix(a, 'gen_ai.')) return undefined;
  const system = str(a, 'gen_ai.system_instructions');
  const input: Message[] = [
    ...(system ? messagesFromText(system, 'system').map((m) => ({ ...m, role: 'system' })) : []),
    ...messagesFromText(str(a, 'gen_ai.input.messages')),
  ];
  const output = messagesFromText(str(a, 'gen_ai.output.messages'), 'assistant');
  const ttftSeconds = num(a, 'gen_ai.response.time_to_first_chunk');
  const params: Record<string, string> = {};
  for (const key in a) {
    if (key.startsWith(PARAM_PREFIX) && key !== 'gen_ai.request.model') params[key.slice(PARAM_PREFIX.length)] = a[key] as string;
  }
  const toolName = str(a, 'gen_ai.tool.name');
  const toolCalls: ToolCall[] = toolName
    ? [defined({ name: toolName, id: str(a, 'gen_ai.tool.call.id'), arguments: str(a, 'gen_ai.tool.call.arguments'), result: str(a, 'gen_ai.tool.call.result') }) as ToolCall]
    : toolCallsOf(output);
  const cost = str(a, 'gen_ai.usage.cost');
  return defined<ConventionFacts>({
    type: genaiOperationType(str(a, 'gen_ai.operation.name')),
    provider: canonicalProvider(str(a, 'gen_ai.provider.name') ?? str(a, 'gen_ai.system')),
    requestModel: str(a, 'gen_ai.request.model'),
    responseModel: str(a, 'gen_ai.response.model'),
    usage: usageOf({
      input: num(a, 'gen_ai.usage.input_tokens'),
      output: num(a, 'gen_ai.usage.output_tokens'),
      cache_read: num(a, 'gen_ai.usage.cache_read.input_tokens'),
      cache_write: num(a, 'gen_ai.usage.cache_creation.input_tokens'),
      reasoning: num(a, 'gen_ai.usage.reasoning.output_tokens'),
      total: num(a, 'gen_ai.usage.total_tokens'),
    }),
    timeToFirstTokenMs: ttftSeconds === undefined ? undefined : ttftSeconds * 1000,
    finishReasons: strList(a, 'gen_ai.response.finish_reasons'),
    input: input.length > 0 ? input : undefined,
    output: output.length > 0 ? output : undefined,
    toolCalls: toolCalls.length > 0 ? toolCalls : undefined,
    retrievalQuery: str(a, 'gen_ai.retrieval.query.text'),
    retrievalDocuments: documentsFromJson(str(a, 'gen_ai.retrieval.documents')),
    invocationParameters: Object.keys(params).length > 0 ? params : undefined,
    providedCost: cost ? { total: cost } : undefined,
    attribution: usageOfAttribution(str(a, 'gen_ai.conversation.id'), str(a, 'gen_ai.agent.name') ?? str(a, 'gen_ai.workflow.name')),
  });
}

function usageOfAttribution(sessionId: string | undefined, feature: string | undefined) {
  if (!sessionId && !feature) return undefined;
  return defined({ sessionId, feature });
}
