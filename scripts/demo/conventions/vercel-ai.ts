// Vercel AI SDK telemetry, v4 / v5 / v6. One `streamText` call is an `ai.streamText` span (whole call, usage summed
// over steps: a receiver must not add it to its children's usage) around one `ai.streamText.doStream` span per
// model round trip, with `ai.toolCall` spans in between. Usage names changed: v4 `ai.usage.promptTokens`, v5
// `ai.usage.inputTokens` (+ cachedInputTokens, reasoningTokens), v6 adds `ai.usage.inputTokenDetails.*`.
import { SpanKind, type AttributeValue } from '@opentelemetry/api';
import type { ConventionId } from '../catalog/deployments';
import { providerNames, type ModelSpec } from '../catalog/models';
import type { EmbeddingStep, FinishReason, LlmStep, Step, TraceScenario, Usage } from '../scenario/types';
import { outputText, toolCallsOf, vercelMessages } from './messages';
import { appSpan, compact, endMsOf, evaluationEvents, httpServerSpan, json, positive, sumUsage } from './shared';
import type { ConventionEmitter, EventSpec, RenderContext, SpanSpec } from './types';

type Major = 4 | 5 | 6;
type AttrMap = Record<string, AttributeValue | undefined>;

function modelProvider(model: ModelSpec): string {
  const base = providerNames(model.provider).vercel;
  if (model.kind === 'embedding') return `${base}.embedding`;
  if (model.provider === 'anthropic') return 'anthropic.messages';
  if (model.provider === 'google') return base;
  return `${base}.chat`;
}

function finishReason(reason: FinishReason | undefined): string | undefined {
  return reason === 'tool_calls' ? 'tool-calls' : reason;
}

function usageAttributes(u: Usage, major: Major): AttrMap {
  if (major === 4) return { 'ai.usage.promptTokens': u.input, 'ai.usage.completionTokens': u.output };
  const v5: AttrMap = {
    'ai.usage.inputTokens': u.input,
    'ai.usage.outputTokens': u.output,
    'ai.usage.totalTokens': u.input + u.output,
    'ai.usage.reasoningTokens': positive(u.reasoning),
    'ai.usage.cachedInputTokens': positive(u.cacheRead),
  };
  if (major === 5) return v5;
  return {
    ...v5,
    'ai.usage.inputTokenDetails.noCacheTokens': u.input - u.cacheRead - u.cacheWrite,
    'ai.usage.inputTokenDetails.cacheReadTokens': positive(u.cacheRead),
    'ai.usage.inputTokenDetails.cacheWriteTokens': positive(u.cacheWrite),
    'ai.usage.outputTokenDetails.textTokens': u.output - u.reasoning,
    'ai.usage.outputTokenDetails.reasoningTokens': positive(u.reasoning),
  };
}

/** What every ai.* span of one call carries: model, function id, metadata. */
function base(model: ModelSpec, trace: TraceScenario, operationId: string): AttrMap {
  const functionId = trace.feature;
  return {
    'operation.name': `${operationId} ${functionId}`,
    'ai.operationId': operationId,
    'ai.model.id': model.id,
    'ai.model.provider': modelProvider(model),
    'ai.telemetry.functionId': functionId,
    'resource.name': functionId,
    'ai.telemetry.metadata.tenantId': trace.tenant,
    'ai.telemetry.metadata.userId': trace.userId,
    'ai.telemetry.metadata.sessionId': trace.sessionId,
    'ai.settings.maxRetries': 2,
  };
}

function isStreaming(steps: readonly Step[]): boolean {
  return steps.some((s) => s.kind === 'llm' && s.streaming);
}

/** The outer `ai.streamText` / `ai.generateText` span of a call that made `calls` round trips. */
function outerSpan(calls: readonly LlmStep[], trace: TraceScenario, major: Major, tools: number): SpanSpec {
  const first = calls[0];
  const last = calls[calls.length - 1];
  if (!first || !last) throw new Error('an AI SDK call needs at least one model round trip');
  const op = isStreaming(calls) ? 'ai.streamText' : 'ai.generateText';
  const messages = JSON.parse(vercelMessages(first, major)) as unknown[];
  return {
    name: op, kind: SpanKind.INTERNAL,
    attributes: compact({
      ...base(first.model, trace, op),
      'ai.settings.maxSteps': major === 4 && tools > 0 ? 5 : undefined,
      [major === 4 ? 'ai.settings.maxTokens' : 'ai.settings.maxOutputTokens']: first.maxTokens,
      'ai.settings.temperature': first.temperature,
      'ai.prompt': json({ system: first.system, messages: messages.slice(first.system ? 1 : 0) }),
      'ai.response.text': last.error ? undefined : outputText(last),
      'ai.response.finishReason': finishReason(last.finishReason),
      ...(last.error ? {} : usageAttributes(sumUsage(calls), major)),
    }),
  };
}

function innerSpan(step: LlmStep, trace: TraceScenario, major: Major, streamingCall: boolean): SpanSpec {
  const op = streamingCall ? 'ai.streamText.doStream' : 'ai.generateText.doGenerate';
  const ok = !step.error;
  const toolCalls = toolCallsOf(step);
  const outputTokens = step.usage.output;
  const generationMs = step.durationMs - (step.ttftMs ?? 0);
  const events: EventSpec[] = [...evaluationEvents(step)];
  if (streamingCall && step.ttftMs !== undefined) {
    events.push({ name: 'ai.stream.firstChunk', atMs: step.startMs + step.ttftMs, attributes: { 'ai.response.msToFirstChunk': round(step.ttftMs) } });
    events.push({ name: 'ai.stream.finish', atMs: endMsOf(step), attributes: {} });
  }
  return {
    name: op, kind: SpanKind.CLIENT, events,
    attributes: compact({
      ...base(step.model, trace, op),
      'ai.prompt.messages': vercelMessages(step, major),
      'ai.prompt.tools': step.tools.length > 0 ? step.tools.map((t) => json({ type: 'function', ...t })) : undefined,
      'ai.prompt.toolChoice': step.tools.length > 0 ? json({ type: 'auto' }) : undefined,
      'ai.response.text': outputText(step),
      'ai.response.toolCalls': toolCalls.length > 0
        ? json(toolCalls.map((c) => (major === 4 ? { toolCallType: 'function', toolCallId: c.id, toolName: c.name, args: json(c.arguments) } : { toolCallId: c.id, toolName: c.name, input: json(c.arguments) })))
        : undefined,
      'ai.response.finishReason': finishReason(step.finishReason),
      'ai.response.id': step.responseId || undefined,
      'ai.response.model': ok ? step.model.responseModel : undefined,
      'ai.response.msToFirstChunk': streamingCall && step.ttftMs !== undefined ? round(step.ttftMs) : undefined,
      'ai.response.msToFinish': streamingCall && ok ? round(step.durationMs) : undefined,
      [major === 4 ? 'ai.response.avgCompletionTokensPerSecond' : 'ai.response.avgOutputTokensPerSecond']:
        streamingCall && ok && generationMs > 0 ? round((1000 * outputTokens) / generationMs) : undefined,
      ...(ok ? usageAttributes(step.usage, major) : {}),
      'gen_ai.system': modelProvider(step.model),
      'gen_ai.request.model': step.model.id,
      'gen_ai.request.temperature': step.temperature,
      'gen_ai.request.max_tokens': step.maxTokens,
      'gen_ai.response.finish_reasons': step.finishReason ? [finishReason(step.finishReason) ?? 'stop'] : undefined,
      'gen_ai.response.id': step.responseId || undefined,
      'gen_ai.response.model': ok ? step.model.responseModel : undefined,
      'gen_ai.usage.input_tokens': ok ? step.usage.input : undefined,
      'gen_ai.usage.output_tokens': ok ? step.usage.output : undefined,
    }),
  };
}

function embedSpan(step: EmbeddingStep, trace: TraceScenario, inner: boolean): SpanSpec {
  const many = step.inputs.length > 1;
  const op = `${many ? 'ai.embedMany' : 'ai.embed'}${inner ? '.doEmbed' : ''}`;
  return {
    name: op, kind: inner ? SpanKind.CLIENT : SpanKind.INTERNAL,
    attributes: compact({
      ...base(step.model, trace, op),
      // The SDK also records `ai.embedding(s)`: 1,536 floats per text. The demo leaves the vectors out, as most
      // teams do (recordOutputs: false), since they would dwarf everything else in the span.
      'ai.value': !inner && !many ? json(step.inputs[0] ?? '') : undefined,
      'ai.values': inner || many ? step.inputs.map((t) => json(t)) : undefined,
      'ai.usage.tokens': step.error ? undefined : step.inputTokens,
    }),
  };
}

function emitter(id: ConventionId, major: Major): ConventionEmitter {
  const describe = (step: Step, ctx: RenderContext): SpanSpec => {
    const { trace, parent } = ctx;
    switch (step.kind) {
      case 'request':
        return httpServerSpan(step, trace);
      case 'agent':
        return outerSpan(step.children.filter((c): c is LlmStep => c.kind === 'llm'), trace, major, step.tools.length);
      case 'llm':
        return innerSpan(step, trace, major, parent?.kind === 'agent' ? isStreaming(parent.children) : step.streaming);
      case 'embedding':
        return embedSpan(step, trace, true);
      case 'tool':
        return {
          name: 'ai.toolCall', kind: SpanKind.INTERNAL,
          attributes: compact({
            'operation.name': `ai.toolCall ${trace.feature}`, 'ai.operationId': 'ai.toolCall', 'ai.toolCall.name': step.name,
            'ai.toolCall.id': step.callId, 'ai.toolCall.args': json(step.arguments), 'ai.toolCall.result': step.error ? undefined : step.result,
            'ai.telemetry.functionId': trace.feature,
          }),
        };
      case 'retrieval':
        return appSpan(trace, 'kb.search', {
          'db.system.name': 'postgresql', 'db.operation.name': 'SELECT', 'db.collection.name': 'kb_chunks',
          'db.query.text': `SELECT id, content, 1 - (embedding <=> $1) AS score FROM kb_chunks WHERE tenant_id = $2 ORDER BY embedding <=> $1 LIMIT ${step.topK}`,
          'app.retrieval.document_ids': step.documents.map((d) => d.id),
        }, SpanKind.CLIENT);
      case 'workflow':
      case 'task':
        return appSpan(trace, step.name, {});
    }
  };
  const wrapper = (step: Step, ctx: RenderContext): SpanSpec | undefined => {
    if (step.kind === 'embedding') return embedSpan(step, ctx.trace, false);
    // A model call outside an agent loop is still a whole generateText/streamText call around one round trip.
    if (step.kind === 'llm' && ctx.parent?.kind !== 'agent') return outerSpan([step], ctx.trace, major, step.tools.length);
    return undefined;
  };
  return { id, describe, wrapper };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

export const vercelAiV4 = emitter('vercel-ai-v4', 4);
export const vercelAiV5 = emitter('vercel-ai-v5', 5);
export const vercelAiV6 = emitter('vercel-ai-v6', 6);
