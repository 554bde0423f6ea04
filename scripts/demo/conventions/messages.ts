// Message encodings. The same conversation is written four ways: the GenAI JSON schema (`parts`), flattened indexed
// attributes (`gen_ai.prompt.{i}.*`, OpenInference `llm.input_messages.{i}.message.*`) and the Vercel AI SDK's
// provider-message JSON. Keeping them side by side makes the differences easy to see.
import type { AttributeValue } from '@opentelemetry/api';
import type { LlmStep, Message, MessagePart } from '../scenario/types';

type AttrMap = Record<string, AttributeValue | undefined>;

function text(message: Message): string {
  return message.parts.map((p) => (p.type === 'text' ? p.content : '')).join('');
}

function genaiPart(part: MessagePart): Record<string, unknown> {
  switch (part.type) {
    case 'text':
      return { type: 'text', content: part.content };
    case 'tool_call':
      return { type: 'tool_call', id: part.id, name: part.name, arguments: part.arguments };
    case 'tool_call_response':
      return { type: 'tool_call_response', id: part.id, response: part.response };
  }
}

/** gen_ai.input.messages (semconv >= 1.37). */
export function genaiInputMessages(step: LlmStep): string {
  return JSON.stringify(step.input.map((m) => ({ role: m.role, parts: m.parts.map(genaiPart) })));
}

/** gen_ai.output.messages: each output message carries its finish reason. */
export function genaiOutputMessages(step: LlmStep): string | undefined {
  if (step.output.length === 0) return undefined;
  return JSON.stringify(step.output.map((m) => ({ role: m.role, parts: m.parts.map(genaiPart), finish_reason: step.finishReason ?? 'stop' })));
}

export function genaiSystemInstructions(step: LlmStep): string | undefined {
  return step.system ? JSON.stringify([{ type: 'text', content: step.system }]) : undefined;
}

/** Legacy flattened form, system prompt first: gen_ai.prompt.{i}.role/content (+ tool calls, as OpenLLMetry writes). */
export function indexedPrompt(step: LlmStep, prefix = 'gen_ai.prompt'): AttrMap {
  const out: AttrMap = {};
  const messages: Message[] = step.system ? [{ role: 'system', parts: [{ type: 'text', content: step.system }] }, ...step.input] : [...step.input];
  messages.forEach((m, i) => {
    out[`${prefix}.${i}.role`] = m.role;
    const toolResponse = m.parts.find((p) => p.type === 'tool_call_response');
    out[`${prefix}.${i}.content`] = toolResponse?.type === 'tool_call_response' ? toolResponse.response : text(m);
    if (toolResponse?.type === 'tool_call_response') out[`${prefix}.${i}.tool_call_id`] = toolResponse.id;
    m.parts.filter((p) => p.type === 'tool_call').forEach((p, j) => {
      if (p.type !== 'tool_call') return;
      out[`${prefix}.${i}.tool_calls.${j}.id`] = p.id;
      out[`${prefix}.${i}.tool_calls.${j}.name`] = p.name;
      out[`${prefix}.${i}.tool_calls.${j}.arguments`] = JSON.stringify(p.arguments);
    });
  });
  return out;
}

/** gen_ai.completion.{i}.role/content/finish_reason (+ tool_calls.{j}.*). */
export function indexedCompletion(step: LlmStep, prefix = 'gen_ai.completion'): AttrMap {
  const out: AttrMap = {};
  step.output.forEach((m, i) => {
    out[`${prefix}.${i}.role`] = m.role;
    const content = text(m);
    if (content) out[`${prefix}.${i}.content`] = content;
    out[`${prefix}.${i}.finish_reason`] = step.finishReason;
    m.parts.filter((p) => p.type === 'tool_call').forEach((p, j) => {
      if (p.type !== 'tool_call') return;
      out[`${prefix}.${i}.tool_calls.${j}.id`] = p.id;
      out[`${prefix}.${i}.tool_calls.${j}.name`] = p.name;
      out[`${prefix}.${i}.tool_calls.${j}.arguments`] = JSON.stringify(p.arguments);
    });
  });
  return out;
}

/** OpenInference llm.input_messages / llm.output_messages.{i}.message.* */
export function openinferenceMessages(messages: readonly Message[], prefix: 'llm.input_messages' | 'llm.output_messages'): AttrMap {
  const out: AttrMap = {};
  messages.forEach((m, i) => {
    const base = `${prefix}.${i}.message`;
    out[`${base}.role`] = m.role;
    const content = m.role === 'tool'
      ? m.parts.map((p) => (p.type === 'tool_call_response' ? p.response : '')).join('\n')
      : text(m);
    if (content) out[`${base}.content`] = content;
    const response = m.parts.find((p) => p.type === 'tool_call_response');
    if (response?.type === 'tool_call_response') out[`${base}.tool_call_id`] = response.id;
    m.parts.filter((p) => p.type === 'tool_call').forEach((p, k) => {
      if (p.type !== 'tool_call') return;
      out[`${base}.tool_calls.${k}.tool_call.id`] = p.id;
      out[`${base}.tool_calls.${k}.tool_call.function.name`] = p.name;
      out[`${base}.tool_calls.${k}.tool_call.function.arguments`] = JSON.stringify(p.arguments);
    });
  });
  return out;
}

/** The AI SDK's language-model prompt (what `ai.prompt.messages` holds): v4 names tool input `args`, v5+ `input`. */
export function vercelMessages(step: LlmStep, major: 4 | 5 | 6): string {
  const messages: unknown[] = step.system ? [{ role: 'system', content: step.system }] : [];
  for (const m of step.input) {
    const content = m.parts.map((p) => {
      switch (p.type) {
        case 'text':
          return { type: 'text', text: p.content };
        case 'tool_call':
          return major === 4
            ? { type: 'tool-call', toolCallId: p.id, toolName: p.name, args: p.arguments }
            : { type: 'tool-call', toolCallId: p.id, toolName: p.name, input: p.arguments };
        case 'tool_call_response':
          return major === 4
            ? { type: 'tool-result', toolCallId: p.id, toolName: p.name, result: p.response }
            : { type: 'tool-result', toolCallId: p.id, toolName: p.name, output: { type: 'text', value: p.response } };
      }
    });
    messages.push({ role: m.role, content });
  }
  return JSON.stringify(messages);
}

export function outputText(step: LlmStep): string | undefined {
  const joined = step.output.map(text).join('');
  return joined || undefined;
}

export function toolCallsOf(step: LlmStep): Array<{ id: string; name: string; arguments: Readonly<Record<string, unknown>> }> {
  return step.output.flatMap((m) => m.parts.flatMap((p) => (p.type === 'tool_call' ? [{ id: p.id, name: p.name, arguments: p.arguments }] : [])));
}
