// Messages flattened into indexed attributes: `gen_ai.prompt.{i}.role/.content/.tool_calls.{j}.*` (GenAI before
// v1.37 and OpenLLMetry before March 2026) and OpenInference's `llm.input_messages.{i}.message.*`. Indices are
// probed from 0 until one is missing, so no key scan is needed; emitters number messages without gaps.
import type { Attributes } from '@/ingest/otlp/types';
import { contentParts } from './messages';
import type { Message, MessagePart } from './types';
import { readString } from './values';

/** Past this many messages or tool calls a span is not a conversation any more but an attack on our CPU. */
const MAX_INDEX = 10_000;

function toolCalls(attrs: Attributes, base: string, id: string, name: string, args: string, into: MessagePart[]): void {
  for (let j = 0; j < MAX_INDEX; j++) {
    const prefix = `${base}${j}.`;
    const callName = readString(attrs, prefix + name);
    const callId = readString(attrs, prefix + id);
    const callArgs = readString(attrs, prefix + args);
    if (callName === undefined && callId === undefined && callArgs === undefined) return;
    into.push({
      type: 'tool_call',
      ...(callId !== undefined && { id: callId }),
      name: callName ?? '',
      ...(callArgs !== undefined && { arguments: callArgs }),
    });
  }
}

/** `prefix.{i}.role`, `.content`, `.tool_call_id`, `.finish_reason`, `.tool_calls.{j}.id/.name/.arguments`. */
export function indexedGenAiMessages(attrs: Attributes, prefix: 'gen_ai.prompt' | 'gen_ai.completion', defaultRole: string): Message[] | undefined {
  let messages: Message[] | undefined;
  for (let i = 0; i < MAX_INDEX; i++) {
    const base = `${prefix}.${i}.`;
    const role = readString(attrs, `${base}role`);
    const content = readString(attrs, `${base}content`);
    const toolCallId = readString(attrs, `${base}tool_call_id`);
    const finishReason = readString(attrs, `${base}finish_reason`);
    const firstCall = readString(attrs, `${base}tool_calls.0.name`);
    if (role === undefined && content === undefined && toolCallId === undefined && finishReason === undefined && firstCall === undefined) break;
    let parts: MessagePart[];
    if (toolCallId !== undefined || role === 'tool') {
      parts = content === undefined ? [] : [{ type: 'tool_result', ...(toolCallId !== undefined && { id: toolCallId }), result: content }];
    } else {
      parts = content === undefined ? [] : contentParts(content);
    }
    if (firstCall !== undefined) toolCalls(attrs, `${base}tool_calls.`, 'id', 'name', 'arguments', parts);
    (messages ??= []).push({ role: role ?? defaultRole, parts, ...(finishReason !== undefined && { finishReason }) });
  }
  return messages;
}

function openInferenceContents(attrs: Attributes, base: string, into: MessagePart[]): void {
  for (let k = 0; k < MAX_INDEX; k++) {
    const prefix = `${base}contents.${k}.message_content.`;
    const type = readString(attrs, `${prefix}type`);
    const text = readString(attrs, `${prefix}text`);
    const image = readString(attrs, `${prefix}image.image.url`);
    if (type === undefined && text === undefined && image === undefined) return;
    if (image !== undefined || type === 'image') into.push({ type: 'image', ...(image !== undefined && { uri: image }) });
    else if (text !== undefined) into.push({ type: 'text', content: text });
  }
}

/** `prefix.{i}.message.` + `role`, `content`, `contents.{k}.message_content.(type|text|image.image.url)`, `tool_call_id`, `tool_calls.{k}.tool_call.(id|function.name|function.arguments)`. */
export function indexedOpenInferenceMessages(attrs: Attributes, prefix: 'llm.input_messages' | 'llm.output_messages', defaultRole: string): Message[] | undefined {
  let messages: Message[] | undefined;
  for (let i = 0; i < MAX_INDEX; i++) {
    const base = `${prefix}.${i}.message.`;
    const role = readString(attrs, `${base}role`);
    const content = readString(attrs, `${base}content`);
    const toolCallId = readString(attrs, `${base}tool_call_id`);
    const firstContent = readString(attrs, `${base}contents.0.message_content.type`);
    const firstCall = readString(attrs, `${base}tool_calls.0.tool_call.function.name`);
    if (role === undefined && content === undefined && toolCallId === undefined && firstContent === undefined && firstCall === undefined) break;
    const parts: MessagePart[] = [];
    if (content !== undefined) {
      parts.push(toolCallId !== undefined || role === 'tool'
        ? { type: 'tool_result', ...(toolCallId !== undefined && { id: toolCallId }), result: content }
        : { type: 'text', content });
    }
    if (firstContent !== undefined) openInferenceContents(attrs, base, parts);
    if (firstCall !== undefined) {
      toolCalls(attrs, `${base}tool_calls.`, 'tool_call.id', 'tool_call.function.name', 'tool_call.function.arguments', parts);
    }
    (messages ??= []).push({ role: role ?? defaultRole, parts });
  }
  return messages;
}
