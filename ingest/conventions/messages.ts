// One Message shape from every JSON message form the conventions use: GenAI `parts` (gen_ai.input/output.messages),
// OpenAI chat messages (content, tool_calls, tool_call_id), the Vercel AI SDK's prompt messages (tool-call /
// tool-result parts, v4 `args` / `result`, v5+ `input` / `output`), Anthropic blocks, and plain text.
import type { Message, MessagePart, ToolCall } from './types';
import { asString, asText, isRecord, parseJson } from './values';

function textPart(content: string): MessagePart {
  return { type: 'text', content };
}

export function textMessage(role: string, content: string): Message {
  return { role, parts: [textPart(content)] };
}

function toolCallPart(id: string | undefined, name: string | undefined, args: unknown): MessagePart {
  const argumentsText = asText(args);
  return {
    type: 'tool_call',
    ...(id !== undefined && { id }),
    name: name ?? '',
    ...(argumentsText !== undefined && { arguments: argumentsText }),
  };
}

function toolResultPart(id: string | undefined, result: string | undefined): MessagePart {
  return { type: 'tool_result', ...(id !== undefined && { id }), result: result ?? '' };
}

/** Only references are kept for media: inline base64 data would bloat every row it is stored in. */
function reference(value: unknown): string | undefined {
  const s = asString(value);
  if (s === undefined) return undefined;
  return s.startsWith('http://') || s.startsWith('https://') || s.startsWith('gs://') || s.startsWith('s3://') || s.startsWith('file:')
    ? s
    : undefined;
}

function mediaPart(kind: 'image' | 'file', uri: string | undefined, mimeType: string | undefined): MessagePart {
  return { type: kind, ...(uri !== undefined && { uri }), ...(mimeType !== undefined && { mimeType }) };
}

function mimeOf(p: Record<string, unknown>): string | undefined {
  return asString(p.mime_type) ?? asString(p.mimeType) ?? asString(p.mediaType) ?? asString(p.media_type);
}

/** The AI SDK v5+ tool output: `{type: 'text'|'json'|'error-text'|'error-json'|'content', value}`. */
function vercelToolOutput(output: unknown): string | undefined {
  if (!isRecord(output) || !('value' in output)) return asText(output);
  return asText(output.value);
}

/** Text of an Anthropic tool_result `content` (a string or text blocks). */
function blocksText(content: unknown): string | undefined {
  if (!Array.isArray(content)) return asText(content);
  let text = '';
  for (const block of content) if (isRecord(block) && typeof block.text === 'string') text += block.text;
  return text;
}

/** One content part in any of the shapes seen in the wild; undefined for parts with nothing to show. */
export function toPart(p: unknown): MessagePart | undefined {
  if (typeof p === 'string') return textPart(p);
  if (!isRecord(p)) return undefined;
  switch (p.type) {
    case 'text':
    case 'input_text':
    case 'output_text': {
      const content = asString(p.content) ?? asString(p.text);
      return content === undefined ? undefined : textPart(content);
    }
    case 'reasoning':
    case 'thinking': {
      const content = asString(p.content) ?? asString(p.text) ?? asString(p.thinking);
      return content === undefined ? undefined : { type: 'reasoning', content };
    }
    case 'tool_call': // GenAI
    case 'function_call': // OpenAI Responses API
      return toolCallPart(asString(p.id) ?? asString(p.call_id), asString(p.name), p.arguments);
    case 'tool-call': // AI SDK: v4 `args`, v5+ `input`
      return toolCallPart(asString(p.toolCallId), asString(p.toolName), p.args ?? p.input);
    case 'tool_use': // Anthropic
      return toolCallPart(asString(p.id), asString(p.name), p.input);
    case 'tool_call_response': // GenAI; some emitters write `result` instead of `response`
      return toolResultPart(asString(p.id), asText(p.response ?? p.result));
    case 'function_call_output':
      return toolResultPart(asString(p.call_id), asText(p.output));
    case 'tool-result': // AI SDK: v4 `result`, v5+ `output: {type, value}`
      return toolResultPart(asString(p.toolCallId), p.output !== undefined ? vercelToolOutput(p.output) : asText(p.result));
    case 'tool_result': // Anthropic
      return toolResultPart(asString(p.tool_use_id) ?? asString(p.id), blocksText(p.content));
    case 'image_url': {
      const url = isRecord(p.image_url) ? p.image_url.url : p.image_url;
      return mediaPart('image', reference(url), undefined);
    }
    case 'image':
      return mediaPart('image', reference(p.image ?? p.url ?? p.uri), mimeOf(p));
    case 'blob':
    case 'file':
    case 'uri': // GenAI media parts carry a modality; the AI SDK's file part carries `data`
      return mediaPart(p.modality === 'image' ? 'image' : 'file', reference(p.uri ?? p.url ?? p.data), mimeOf(p));
    default: {
      const content = asString(p.text) ?? asString(p.content);
      return content === undefined ? undefined : textPart(content);
    }
  }
}

export function toParts(content: unknown): MessagePart[] {
  if (content === undefined || content === null) return [];
  if (typeof content === 'string') return content.length > 0 ? [textPart(content)] : [];
  const list = Array.isArray(content) ? content : [content];
  const parts: MessagePart[] = [];
  for (const item of list) {
    const part = toPart(item);
    if (part) parts.push(part);
  }
  return parts;
}

/** OpenAI chat `tool_calls: [{id, function: {name, arguments}}]` (also the flat `{id, name, arguments}` form). */
function openAiToolCalls(toolCalls: unknown, into: MessagePart[]): void {
  if (!Array.isArray(toolCalls)) return;
  for (const call of toolCalls) {
    if (!isRecord(call)) continue;
    const fn = isRecord(call.function) ? call.function : call;
    into.push(toolCallPart(asString(call.id), asString(fn.name), fn.arguments));
  }
}

/** A message object in the GenAI, OpenAI, AI SDK or Anthropic shape. */
export function toMessage(m: unknown, defaultRole: string): Message | undefined {
  if (typeof m === 'string') return textMessage(defaultRole, m);
  if (!isRecord(m)) return undefined;
  const role = asString(m.role) ?? defaultRole;
  const parts = Array.isArray(m.parts) ? toParts(m.parts) : toParts(m.content);
  openAiToolCalls(m.tool_calls, parts);
  const toolCallId = asString(m.tool_call_id);
  // An OpenAI tool message is plain text answering a call id: it is that call's result.
  if (toolCallId !== undefined && parts.every((p) => p.type === 'text')) {
    const result = parts.map((p) => (p.type === 'text' ? p.content : '')).join('');
    return { role, parts: [toolResultPart(toolCallId, result)] };
  }
  const finishReason = asString(m.finish_reason) ?? asString(m.finishReason);
  return { role, parts, ...(finishReason !== undefined && { finishReason }) };
}

function looksLikeMessage(value: unknown): boolean {
  return isRecord(value) && (typeof value.role === 'string' || Array.isArray(value.parts));
}

/**
 * Messages from a parsed JSON value: an array of messages, `{messages}` (OpenInference input.value), the AI SDK's
 * `{system, prompt, messages}`, one message object, a list of strings (embedding inputs), or any other value,
 * shown as its JSON text.
 */
export function toMessages(value: unknown, defaultRole: string): Message[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.length > 0 ? [textMessage(defaultRole, value)] : undefined;
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    if (value.every(looksLikeMessage)) {
      const messages: Message[] = [];
      for (const item of value) {
        const message = toMessage(item, defaultRole);
        if (message) messages.push(message);
      }
      return messages;
    }
    if (value.every((item) => typeof item === 'string')) return [{ role: defaultRole, parts: toParts(value) }];
    return [textMessage(defaultRole, JSON.stringify(value))];
  }
  if (isRecord(value)) {
    const out: Message[] = [];
    if (typeof value.system === 'string' && value.system.length > 0) out.push(textMessage('system', value.system));
    const nested = Array.isArray(value.messages) ? value.messages : Array.isArray(value.prompt) ? value.prompt : undefined;
    if (nested) out.push(...(toMessages(nested, defaultRole) ?? []));
    else if (typeof value.prompt === 'string') out.push(textMessage('user', value.prompt));
    if (out.length > 0) return out;
    if (looksLikeMessage(value)) {
      const message = toMessage(value, defaultRole);
      return message ? [message] : undefined;
    }
    return [textMessage(defaultRole, JSON.stringify(value))];
  }
  return [textMessage(defaultRole, String(value))];
}

/** Messages from an attribute that must hold JSON (gen_ai.input.messages, ai.prompt.messages): malformed is nothing. */
export function messagesFromJson(text: string | undefined, defaultRole: string): Message[] | undefined {
  return toMessages(parseJson(text), defaultRole);
}

/**
 * Messages from attribute text that may be JSON or prose (OpenInference input.value, Langfuse input): JSON is read
 * as messages, and text that does not parse is shown as it is.
 */
export function messagesFromText(text: string | undefined, defaultRole: string): Message[] | undefined {
  if (text === undefined || text.length === 0) return undefined;
  const parsed = parseJson(text);
  return parsed === undefined ? [textMessage(defaultRole, text)] : toMessages(parsed, defaultRole);
}

/**
 * Content of an indexed `.content` attribute: emitters write a list of content parts as JSON text
 * (`[{"type":"text","text":...}]`); anything else is the text itself.
 */
export function contentParts(content: string): MessagePart[] {
  if (content.charCodeAt(0) === 91 /* [ */ && content.charCodeAt(1) === 123 /* { */) {
    const parsed = parseJson(content);
    if (Array.isArray(parsed)) {
      const parts = toParts(parsed);
      if (parts.length > 0) return parts;
    }
  }
  return [textPart(content)];
}

/** The tool calls a model asked for: the tool_call parts of its output. */
export function toolCallsOf(messages: readonly Message[]): ToolCall[] | undefined {
  let calls: ToolCall[] | undefined;
  for (const message of messages) {
    for (const p of message.parts) {
      if (p.type !== 'tool_call') continue;
      (calls ??= []).push({
        ...(p.id !== undefined && { id: p.id }),
        name: p.name,
        ...(p.arguments !== undefined && { arguments: p.arguments }),
      });
    }
  }
  return calls;
}

export function finishReasonsOf(messages: readonly Message[]): string[] | undefined {
  let reasons: string[] | undefined;
  for (const message of messages) if (message.finishReason !== undefined) (reasons ??= []).push(message.finishReason);
  return reasons;
}
