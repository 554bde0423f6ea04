// The tool-use loop every agent framework runs: the model asks for tools, the app executes them (in parallel when
// asked for together), the results go back into the conversation, until the model answers in plain text. Each round
// re-sends the whole conversation, which is why agent traces are expensive and why they are worth showing.
import type { ModelSpec } from '../catalog/models';
import { gap, stepIds, type BuildContext } from './build-context';
import { appError } from './failures';
import { callLlm } from './llm-call';
import type { AgentStep, Message, MessagePart, Step, StepError, ToolDefinition, ToolStep } from './types';

export interface PlannedToolCall {
  readonly name: string;
  readonly arguments: Readonly<Record<string, unknown>>;
  /** JSON or text the tool returns. */
  readonly result: string;
  readonly durationMs: number;
}

export interface AgentSpec {
  readonly name: string;
  readonly description: string;
  readonly model: ModelSpec;
  readonly system: string;
  readonly conversation: readonly Message[];
  readonly tools: readonly ToolDefinition[];
  /** Tool calls per round; each inner list is requested by one model response. */
  readonly rounds: readonly (readonly PlannedToolCall[])[];
  readonly finalAnswer: string;
  readonly startMs: number;
  readonly streaming: boolean;
  readonly hiddenPromptTokens?: number;
  readonly evaluationRate?: number;
  readonly temperature?: number;
}

export interface AgentResult {
  readonly step: AgentStep;
  readonly endMs: number;
  readonly error: StepError | undefined;
}

const TOOL_FAILURE_RATE = 0.03;

function toolCallId(ctx: BuildContext, model: ModelSpec): string {
  return model.provider === 'anthropic' ? `toolu_01${ctx.rng.hex(22)}` : `call_${ctx.rng.hex(24)}`;
}

export function runAgent(ctx: BuildContext, spec: AgentSpec): AgentResult {
  const children: Step[] = [];
  const conversation: Message[] = [...spec.conversation];
  let cursor = spec.startMs + gap(ctx, 2);
  const finish = (error: StepError | undefined, output: string): AgentResult => {
    const endMs = cursor + gap(ctx, 3);
    const lastUser = [...spec.conversation].reverse().find((m) => m.role === 'user');
    const step: AgentStep = {
      kind: 'agent', ...stepIds(ctx), startMs: spec.startMs, durationMs: endMs - spec.startMs, children,
      ...(error ? { error } : {}),
      name: spec.name, description: spec.description, model: spec.model, tools: spec.tools,
      input: lastUser ? lastUser.parts.map((p) => (p.type === 'text' ? p.content : '')).join('') : '', output,
    };
    return { step, endMs, error };
  };

  for (const round of spec.rounds) {
    const calls = round.map((c) => ({ ...c, id: toolCallId(ctx, spec.model) }));
    const request: Message = {
      role: 'assistant',
      parts: calls.map((c): MessagePart => ({ type: 'tool_call', id: c.id, name: c.name, arguments: c.arguments })),
    };
    const llm = callLlm(ctx, {
      model: spec.model, system: spec.system, input: [...conversation], output: [request], finishReason: 'tool_calls',
      startMs: cursor, streaming: spec.streaming, tools: spec.tools, hiddenPromptTokens: spec.hiddenPromptTokens,
      temperature: spec.temperature, cacheWarm: children.length > 0,
    });
    children.push(...llm.steps);
    cursor = llm.endMs;
    if (!llm.ok) return finish(llm.error, '');

    // Tools requested together run concurrently: they all start together, the round ends with the slowest.
    const toolStart = cursor + gap(ctx, 2);
    let roundEnd = toolStart;
    const responses: MessagePart[] = [];
    for (const call of calls) {
      const definition = spec.tools.find((t) => t.name === call.name);
      const failed = ctx.rng.chance(TOOL_FAILURE_RATE);
      const error = failed ? appError(ctx.rng, call.name, ctx.runtime) : undefined;
      const result = error ? JSON.stringify({ error: error.message }) : call.result;
      const tool: ToolStep = {
        kind: 'tool', ...stepIds(ctx), startMs: toolStart + ctx.rng.float(0, 3), durationMs: call.durationMs, children: [],
        ...(error ? { error } : {}),
        name: call.name, description: definition?.description ?? '', callId: call.id, arguments: call.arguments, result,
      };
      children.push(tool);
      roundEnd = Math.max(roundEnd, tool.startMs + tool.durationMs);
      responses.push({ type: 'tool_call_response', id: call.id, name: call.name, response: result });
    }
    conversation.push(request, { role: 'tool', parts: responses });
    cursor = roundEnd + gap(ctx, 2);
  }

  const answer = callLlm(ctx, {
    model: spec.model, system: spec.system, input: [...conversation],
    output: [{ role: 'assistant', parts: [{ type: 'text', content: spec.finalAnswer }] }], finishReason: 'stop',
    startMs: cursor, streaming: spec.streaming, tools: spec.tools, hiddenPromptTokens: spec.hiddenPromptTokens,
    evaluationRate: spec.evaluationRate, temperature: spec.temperature, cacheWarm: children.length > 0,
  });
  children.push(...answer.steps);
  cursor = answer.endMs;
  return finish(answer.error, answer.ok ? spec.finalAnswer : '');
}
