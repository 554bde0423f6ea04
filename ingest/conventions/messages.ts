// One message shape from every convention's message forms: GenAI parts, OpenAI chat messages, Vercel AI SDK
// prompt messages, indexed attributes (legacy GenAI / OpenLLMetry, OpenInference) and plain text.
import { indexed, isRecord, asString, parseJson } from './read-attributes';
import type { Message, MessagePart, ToolCall } from './types';

function argumentsText(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** One content part in any of the shapes seen in the wild. */
function part(p: unknown): MessagePart | undefined {
  if (typeof p === 'string') return { type: 'text', content: p };
  if (!isRecord(p)) return undefined;
  const type = asString(p.type)?.toLowerCase().replace(/-/g, '_');
  switch (type) {
    case 'text':
    case 'input_text':
    case 'output_text':
      return { type: 'text', content: asString(p.content) ?? asString(p.text) ?? '' };
    case 'reasoning':
    case 'thinking':
      return { type: 'reasoning', content: asString(p.content) ?? asString(p.text) ?? asString(p.thinking) ?? '' };
    case 'tool_call': {
      const name = asString(p.name) ?? asString(p.toolName) ?? '';
      const id = asString(p.id) ?? asString(p.toolCallId);
      const args = argumentsText(p.arguments ?? p.input ?? p.args);
      return { type: 'tool_call', name, ...(id !== undefined && { id }), ...(args !== undefined && { arguments: args }) };
    }
    case 'tool_call_response':
    case 'tool_result': {
      const id = asString(p.id) ?? asString(p.toolCallId);
      const result = argumentsText(p.response ?? p.result ?? p.output) ?? '';
      return { type: 'tool_result', result, ...(id !== undefined && { id }) };
    }
    case 'image':
    case 'image_url': {
      const uri = asString(p.uri) ?? asString(p.url) ?? (isRecord(p.image_url) ? asString(p.image_url.url) : undefined);
      const mimeType = asString(p.mime_type) ?? asString(p.mimeType);
      return { type: 'image', ...(uri !== undefined && { uri }), ...(mimeType !== undefined && { mimeType }) };
    }
    case 'file':
    case 'uri':
    case 'blob': {
      const uri = asString(p.uri) ?? asString(p.url);
      const mimeType = asString(p.mime_type) ?? asString(p.mimeType) ?? asString(p.mediaType);
      return { type: 'file', ...(uri !== undefined && { uri }), ...(mimeType !== undefined && { mimeType }) };
    }
    default:
      if (typeof p.text === 'string') return { type: 'text', content: p.text };
      if (typeof p.content === 'string') return { type: 'text', content: p.content };
      return undefined;
  }
}

function partsOf(content: unknown): MessagePart[] {
  if (content === undefined || content === null) return [];
  if (typeof content === 'string') return content === '' ? [] : [{ type: 'text', content }];
  if (Array.isArray(content)) return content.map(part).filter((p): p is MessagePart => p !== undefined);
  const single = part(content);
  return single ? [single] : [];
}

/** A message object in the GenAI, OpenAI or Vercel AI SDK shape. */
function message(m: unknown): Message | undefined {
  if (!isRecord(m)) return undefined;
  const role = asString(m.role) ?? 'user';
  const parts = [...partsOf(m.parts), ...partsOf(m.content)];
  if (Array.isArray(m.tool_calls)) {
    for (const tc of m.tool_calls) {
      if (!isRecord(tc)) continue;
      const fn = isRecord(tc.function) ? tc.function : tc;
      const id = asString(tc.id);
      const args = argumentsText(fn.arguments);
      parts.push({ type: 'tool_call', name: asString(fn.name) ?? '', ...(id !== undefined && { id }), ...(args !== undefined && { arguments: args }) });
    }
  }
  if (role === 'tool' && parts.every((p) => p.type === 'text') && parts.length > 0) {
    const id = asString(m.tool_call_id) ?? asString(m.id);
    const result = parts.map((p) => (p.type === 'text' ? p.content : '')).join('');
    return { role, parts: [{ type: 'tool_result', result, ...(id !== undefined && { id }) }] };
  }
  const finish = asString(m.finish_reason) ?? asString(m.finishReason);
  return { role, parts, ...(finish !== undefined && { finishReason: finish }) };
}

/** Messages from a JSON value: an array of messages, `{messages}`, `{system, prompt, messages}` or plain text. */
export function messagesFromValue(value: unknown, defaultRole = 'user'): Message[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return value === '' ? [] : [{ role: defaultRole, parts: [{ type: 'text', content: value }] }];
  if (Array.isArray(value)) return value.map(message).filter((m): m is Message => m !== undefined);
  if (isRecord(value)) {
    const out: Message[] = [];
    if (typeof value.system === 'string') out.push({ role: 'system', parts: [{ type: 'text', content: value.system }] });
    if (Array.isArray(value.messages)) out.push(...messagesFromValue(value.messages));
    else if (typeof value.prompt === 'string') out.push({ role: 'user', parts: [{ type: 'text', content: value.prompt }] });
    else if (Array.isArray(value.prompt)) out.push(...messagesFromValue(value.prompt));
    if (out.length > 0) return out;
    const single = message(value);
    return single && single.parts.length > 0 ? [single] : [];
  }
  return [];
}

/** Messages from a JSON text attribute, or the text itself when it is not JSON. */
export function messagesFromText(text: string | undefined, defaultRole = 'user'): Message[] {
  if (text === undefined || text === '') return [];
  const parsed = parseJson(text);
  return messagesFromValue(parsed === undefined ? text : parsed, defaultRole);
}

/** Legacy GenAI / old OpenLLMetry: `gen_ai.prompt.{i}.role/.content`, `gen_ai.completion.{i}.*` with tool calls. */
export function messagesFromIndexed(groups: readonly Record<string, string>[], defaultRole: string): Message[] {
  return groups.map((g) => {
    const parts: MessagePart[] = [];
    const content = g.content;
    if (content !== undefined && content !== '') {
      const parsed = parseJson(content);
      parts.push(...(Array.isArray(parsed) ? partsOf(parsed) : [{ type: 'text' as const, content }]));
    }
    for (const call of nestedIndexed(g, 'tool_calls')) {
      parts.push({ type: 'tool_call', name: call.name ?? '', ...(call.id && { id: call.id }), ...(call.arguments && { arguments: call.arguments }) });
    }
    const finish = g.finish_reason;
    return { role: g.role ?? defaultRole, parts, ...(finish && { finishReason: finish }) };
  });
}

/** OpenInference: `llm.input_messages.{i}.message.role`, `.content`, `.contents.{j}.message_content`, `.tool_calls.{k}.tool_call`. */
export function messagesFromOpenInference(groups: readonly Record<string, string>[]): Message[] {
  return groups.map((g) => {
    const parts: MessagePart[] = [];
    const content = g['message.content'];
    if (content !== undefined && content !== '') parts.push({ type: 'text', content });
    for (const c of nestedIndexed(g, 'message.contents')) {
      const type = c['message_content.type'];
      if (type === 'image') parts.push({ type: 'image', ...(c['message_content.image.image.url'] && { uri: c['message_content.image.image.url'] }) });
      else if (c['message_content.text'] !== undefined) parts.push({ type: 'text', content: c['message_content.text'] });
    }
    for (const call of nestedIndexed(g, 'message.tool_calls')) {
      const id = call['tool_call.id'];
      const args = call['tool_call.function.arguments'];
      parts.push({ type: 'tool_call', name: call['tool_call.function.name'] ?? '', ...(id && { id }), ...(args && { arguments: args }) });
    }
    const role = g['message.role'] ?? 'user';
    const toolCallId = g['message.tool_call_id'];
    if (role === 'tool' && content !== undefined) return { role, parts: [{ type: 'tool_result', result: content, ...(toolCallId && { id: toolCallId }) }] };
    return { role, parts };
  });
}

function nestedIndexed(group: Record<string, string>, prefix: string): Record<string, string>[] {
  return indexed(group, prefix);
}

/** Tool calls the output asked for, from the output messages' tool_call parts. */
export function toolCallsOf(messages: readonly Message[]): ToolCall[] {
  const calls: ToolCall[] = [];
  for (const m of messages) {
    for (const p of m.parts) {
      if (p.type === 'tool_call') calls.push({ name: p.name, ...(p.id !== undefined && { id: p.id }), ...(p.arguments !== undefined && { arguments: p.arguments }) });
    }
  }
  return calls;
}
