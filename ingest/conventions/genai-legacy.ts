// OpenTelemetry GenAI conventions before v1.37: gen_ai.system, gen_ai.usage.prompt_tokens / completion_tokens,
// flattened gen_ai.prompt.{i}.* / gen_ai.completion.{i}.*, and content as span events, in both older shapes:
// v1.26's gen_ai.content.prompt / gen_ai.content.completion (JSON in gen_ai.prompt / gen_ai.completion) and the
// v1.27-1.36 log-style events (gen_ai.system|user|assistant|tool.message, gen_ai.choice) recorded on the span,
// whose body fields arrive as event attributes (or as JSON in gen_ai.event.content). Old on-prem deployments keep
// sending these for years. There were no cache or reasoning counts then: cached tokens are simply part of input.
import type { Attributes, OtlpEvent } from '@/ingest/otlp/types';
import { indexedGenAiMessages } from './indexed-messages';
import { contentParts, toMessage, toMessages } from './messages';
import { canonicalProvider } from './provider';
import type { ConventionReader } from './reader';
import { EVENT, FAMILY, type SpanView } from './span-view';
import { typeFromGenAiSpanName } from './span-type';
import type { Message, SpanType, Usage } from './types';
import { usageOf } from './usage';
import { isRecord, parseJson, readString } from './values';

const ROLE_OF_EVENT: Readonly<Record<string, string>> = {
  'gen_ai.system.message': 'system',
  'gen_ai.user.message': 'user',
  'gen_ai.assistant.message': 'assistant',
  'gen_ai.tool.message': 'tool',
};

/** An event's body: JSON in gen_ai.event.content, else its fields spread over the event's attributes. */
function eventBody(attrs: Attributes): Record<string, unknown> {
  const body = parseJson(readString(attrs, 'gen_ai.event.content'));
  if (isRecord(body)) return body;
  const fields: Record<string, unknown> = {};
  for (const key of ['role', 'id', 'finish_reason', 'index']) {
    const value = readString(attrs, key);
    if (value !== undefined) fields[key] = value;
  }
  const content = readString(attrs, 'content');
  if (content !== undefined) fields.content = contentParts(content);
  for (const key of ['tool_calls', 'message']) {
    const value = parseJson(readString(attrs, key));
    if (value !== undefined) fields[key] = value;
  }
  return fields;
}

interface EventMessages {
  readonly input: Message[];
  readonly output: Message[];
}

function eventMessages(events: readonly OtlpEvent[]): EventMessages {
  const input: Message[] = [];
  const output: Message[] = [];
  for (const event of events) {
    const role = ROLE_OF_EVENT[event.name];
    if (role !== undefined) {
      const body = eventBody(event.attributes);
      // A tool message's `id` is the id of the call it answers.
      const message = toMessage({ ...body, role: body.role ?? role, ...(role === 'tool' && body.id !== undefined && { tool_call_id: body.id }) }, role);
      if (message) input.push(message);
    } else if (event.name === 'gen_ai.choice') {
      const body = eventBody(event.attributes);
      const inner = isRecord(body.message) ? body.message : { content: body.content, tool_calls: body.tool_calls };
      const message = toMessage({ role: 'assistant', ...inner, finish_reason: body.finish_reason }, 'assistant');
      if (message) output.push(message);
    } else if (event.name === 'gen_ai.content.prompt') {
      input.push(...(toMessages(parseJson(readString(event.attributes, 'gen_ai.prompt')), 'user') ?? []));
    } else if (event.name === 'gen_ai.content.completion') {
      output.push(...(toMessages(parseJson(readString(event.attributes, 'gen_ai.completion')), 'assistant') ?? []));
    }
  }
  return { input, output };
}

/** Parsed once per span: input, output and finish reasons all come from the same walk over the events. */
const eventCache = new WeakMap<SpanView, EventMessages>();

function messagesFromEvents(view: SpanView): EventMessages | undefined {
  if (!view.hasEvent(EVENT.genaiMessage)) return undefined;
  let found = eventCache.get(view);
  if (!found) {
    found = eventMessages(view.span.events);
    eventCache.set(view, found);
  }
  return found;
}

function nonEmpty(messages: Message[] | undefined): Message[] | undefined {
  return messages !== undefined && messages.length > 0 ? messages : undefined;
}

function input(view: SpanView): Message[] | undefined {
  return indexedGenAiMessages(view.attrs, 'gen_ai.prompt', 'user') ?? nonEmpty(messagesFromEvents(view)?.input);
}

function output(view: SpanView): Message[] | undefined {
  return indexedGenAiMessages(view.attrs, 'gen_ai.completion', 'assistant') ?? nonEmpty(messagesFromEvents(view)?.output);
}

function usage(view: SpanView): Usage | undefined {
  return usageOf({
    input: view.count('gen_ai.usage.prompt_tokens'),
    output: view.count('gen_ai.usage.completion_tokens'),
    cache_read: view.count('gen_ai.usage.cache_read_input_tokens'),
    cache_write: view.count('gen_ai.usage.cache_creation_input_tokens'),
    total: view.count('gen_ai.usage.total_tokens'),
  });
}

/**
 * There was no operation attribute: the span name ("chat gpt-4o", "embeddings ...") says what it was, a tool name
 * marks a tool, and counted tokens or recorded content mark a model call.
 */
function spanType(view: SpanView): SpanType | undefined {
  const fromName = typeFromGenAiSpanName(view.span.name);
  if (fromName) return fromName;
  if (view.str('gen_ai.tool.name') !== undefined) return 'tool';
  const called = view.str('gen_ai.usage.prompt_tokens') !== undefined
    || view.str('gen_ai.usage.completion_tokens') !== undefined
    || view.str('gen_ai.prompt.0.content') !== undefined
    || view.str('gen_ai.completion.0.role') !== undefined
    || view.hasEvent(EVENT.genaiMessage);
  return called ? 'llm' : undefined;
}

export const genaiLegacy: ConventionReader = {
  id: 'genai-legacy',
  families: FAMILY.genai,
  read: {
    spanType,
    provider: (view) => canonicalProvider(view.str('gen_ai.system')),
    usage,
    input,
    // Finish reasons (gen_ai.completion.{i}.finish_reason, gen_ai.choice) travel on the output messages, where
    // normalise-span.ts finds them when no convention names them separately.
    output,
  },
};
