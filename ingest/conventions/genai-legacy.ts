// OpenTelemetry GenAI conventions before v1.37 (and OpenLLMetry before March 2026): gen_ai.system,
// gen_ai.prompt.{i}.* / gen_ai.completion.{i}.*, gen_ai.usage.prompt_tokens / completion_tokens, and the log-style
// span events (gen_ai.user.message, gen_ai.choice, gen_ai.content.prompt, ...).
import type { OtlpEvent, OtlpSpan } from '@/ingest/otlp/types';
import { defined, usageOf, type ConventionFacts } from './facts';
import { messagesFromIndexed, messagesFromText, messagesFromValue, toolCallsOf } from './messages';
import { canonicalProvider } from './provider';
import { hasPrefix, indexed, num, parseJson, str } from './read-attributes';
import type { Message } from './types';

const ROLE_EVENTS: Readonly<Record<string, string>> = {
  'gen_ai.system.message': 'system',
  'gen_ai.user.message': 'user',
  'gen_ai.assistant.message': 'assistant',
  'gen_ai.tool.message': 'tool',
};

function eventMessages(events: readonly OtlpEvent[]): { input: Message[]; output: Message[] } {
  const input: Message[] = [];
  const output: Message[] = [];
  for (const e of events) {
    const role = ROLE_EVENTS[e.name];
    if (role) {
      const body = e.attributes.content ?? e.attributes['gen_ai.event.content'] ?? e.attributes.message;
      const parsed = parseJson(body);
      const msgs = messagesFromValue(parsed === undefined ? body : Array.isArray(parsed) ? parsed : { role, ...(typeof parsed === 'object' ? parsed : { content: parsed }) }, role);
      input.push(...msgs.map((m) => ({ ...m, role })));
    } else if (e.name === 'gen_ai.choice') {
      const body = e.attributes.message ?? e.attributes.content;
      const msgs = messagesFromText(body, 'assistant');
      const finish = e.attributes.finish_reason;
      output.push(...msgs.map((m) => ({ ...m, ...(finish && { finishReason: finish }) })));
    } else if (e.name === 'gen_ai.content.prompt') {
      input.push(...messagesFromText(e.attributes['gen_ai.prompt']));
    } else if (e.name === 'gen_ai.content.completion') {
      output.push(...messagesFromText(e.attributes['gen_ai.completion'], 'assistant'));
    }
  }
  return { input, output };
}

export function readGenAiLegacy(span: OtlpSpan): ConventionFacts | undefined {
  const a = span.attributes;
  // Only the forms the current conventions dropped make a span "legacy"; shared keys are read by genai-current.
  const hasAttrs =
    a['gen_ai.system'] !== undefined ||
    a['gen_ai.usage.prompt_tokens'] !== undefined ||
    a['gen_ai.usage.completion_tokens'] !== undefined ||
    hasPrefix(a, 'gen_ai.prompt.') ||
    hasPrefix(a, 'gen_ai.completion.');
  const fromEvents = eventMessages(span.events);
  if (!hasAttrs && fromEvents.input.length === 0 && fromEvents.output.length === 0) return undefined;
  const input = [...messagesFromIndexed(indexed(a, 'gen_ai.prompt'), 'user'), ...fromEvents.input];
  const output = [...messagesFromIndexed(indexed(a, 'gen_ai.completion'), 'assistant'), ...fromEvents.output];
  const finish = output.map((m) => m.finishReason).filter((f): f is string => f !== undefined);
  const calls = toolCallsOf(output);
  return defined<ConventionFacts>({
    provider: canonicalProvider(str(a, 'gen_ai.system')),
    requestModel: str(a, 'gen_ai.request.model'),
    responseModel: str(a, 'gen_ai.response.model'),
    usage: usageOf({
      input: num(a, 'gen_ai.usage.prompt_tokens'),
      output: num(a, 'gen_ai.usage.completion_tokens'),
      cache_read: num(a, 'gen_ai.usage.cache_read_input_tokens'),
      cache_write: num(a, 'gen_ai.usage.cache_creation_input_tokens'),
      total: num(a, 'llm.usage.total_tokens'),
    }),
    input: input.length > 0 ? input : undefined,
    output: output.length > 0 ? output : undefined,
    finishReasons: finish.length > 0 ? finish : undefined,
    toolCalls: calls.length > 0 ? calls : undefined,
  });
}
