// One logical model call, including provider-side failures and client retries. Token counts follow the text that
// is actually in the span (≈4 chars/token) plus the prompt parts real apps send but the demo abbreviates (long
// policies, tool schemas), because those are what prompt caching saves on. Latency = time to first token (grows with
// prompt size and hidden reasoning) + output tokens at the model's speed.
import type { ModelSpec } from '../catalog/models';
import { estimateTokens, tokensForChars } from '../text/template';
import { gap, stepIds, type BuildContext } from './build-context';
import { failureDurationMs, isRetryable, llmError, pickFailure } from './failures';
import type { Evaluation, FinishReason, LlmStep, Message, StepError, ToolDefinition, Usage } from './types';
import { evaluate } from './evaluation';

export interface LlmCallSpec {
  readonly model: ModelSpec;
  readonly system: string;
  readonly input: readonly Message[];
  /** The answer the model gives when the call succeeds. */
  readonly output: readonly Message[];
  readonly finishReason: FinishReason;
  readonly startMs: number;
  readonly streaming: boolean;
  readonly tools?: readonly ToolDefinition[];
  /** Prompt tokens that exist in the real request but not in the demo text (policy documents, few-shot examples). */
  readonly hiddenPromptTokens?: number;
  readonly temperature?: number;
  readonly maxTokens?: number;
  /** Chance that an evaluator scores this call (hallucination / relevance flags). */
  readonly evaluationRate?: number;
  /** The same prefix was sent seconds ago (later rounds of an agent loop), so the provider cache is warm. */
  readonly cacheWarm?: boolean;
}

export interface LlmCallResult {
  /** One step per attempt; failed attempts come first. */
  readonly steps: readonly LlmStep[];
  readonly endMs: number;
  readonly ok: boolean;
  readonly error: StepError | undefined;
}

const MAX_ATTEMPTS = 3;

export function callLlm(ctx: BuildContext, spec: LlmCallSpec): LlmCallResult {
  const steps: LlmStep[] = [];
  let startMs = spec.startMs;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const failure = pickFailure(ctx.rng, spec.model.provider, ctx.incident);
    if (failure === undefined) {
      const step = successfulStep(ctx, spec, startMs, attempt);
      steps.push(step);
      return { steps, endMs: startMs + step.durationMs, ok: true, error: undefined };
    }
    const error = llmError(ctx.rng, failure, spec.model.provider, spec.model.id, ctx.runtime);
    const durationMs = failureDurationMs(ctx.rng, failure);
    steps.push(failedStep(ctx, spec, startMs, durationMs, attempt, error));
    const endMs = startMs + durationMs;
    if (!isRetryable(failure) || attempt === MAX_ATTEMPTS - 1) return { steps, endMs, ok: false, error };
    // Exponential backoff with jitter, as the provider SDKs do.
    startMs = endMs + 500 * 2 ** attempt + ctx.rng.float(0, 400);
  }
  throw new Error('unreachable');
}

function usageFor(ctx: BuildContext, spec: LlmCallSpec): Usage {
  const { rng } = ctx;
  const tools = spec.tools ?? [];
  const visible = spec.system.length + spec.input.reduce((n, m) => n + JSON.stringify(m.parts).length, 0);
  const toolSchemaTokens = tools.reduce((n, t) => n + estimateTokens(JSON.stringify(t)), 0) + (tools.length > 0 ? 80 : 0);
  const prefixTokens = estimateTokens(spec.system) + toolSchemaTokens + (spec.hiddenPromptTokens ?? 0);
  const input = tokensForChars(visible) + toolSchemaTokens + (spec.hiddenPromptTokens ?? 0);

  let cacheRead = 0;
  let cacheWrite = 0;
  if (spec.model.caching === 'explicit' && prefixTokens >= 1024) {
    // The cached prefix is shared by every conversation of the tenant's feature, so hits dominate.
    if (rng.chance(spec.cacheWarm ? 0.98 : ctx.turn > 0 ? 0.93 : 0.7)) cacheRead = prefixTokens;
    else cacheWrite = prefixTokens;
  } else if (spec.model.caching === 'automatic' && input >= 1024 && rng.chance(spec.cacheWarm ? 0.9 : 0.55)) {
    cacheRead = Math.floor(Math.min(prefixTokens, input - 1) / 128) * 128;
  }

  const outputText = spec.output.reduce((n, m) => n + JSON.stringify(m.parts).length, 0);
  const visibleOutput = tokensForChars(outputText);
  const reasoning = spec.model.reasoning ? Math.round(Math.min(12_000, Math.max(64, rng.logNormal(900, 0.7)))) : 0;
  return { input, output: visibleOutput + reasoning, cacheRead, cacheWrite, reasoning };
}

function responseId(ctx: BuildContext, model: ModelSpec): string {
  switch (model.provider) {
    case 'openai':
      return `chatcmpl-${ctx.rng.hex(29)}`;
    case 'anthropic':
      return `msg_01${ctx.rng.hex(22)}`;
    case 'google':
      return ctx.rng.hex(24);
    case 'mistral':
      return ctx.rng.hex(32);
    case 'self-hosted':
      return `cmpl-${ctx.rng.hex(32)}`;
  }
}

function successfulStep(ctx: BuildContext, spec: LlmCallSpec, startMs: number, attempt: number): LlmStep {
  const { rng, incident } = ctx;
  const usage = usageFor(ctx, spec);
  const slowdown = incident && incident.provider === spec.model.provider ? 1.8 : 1;
  const uncachedK = (usage.input - usage.cacheRead) / 1000;
  const prefillMs = (spec.model.firstTokenMs * rng.logNormal(1, 0.35) + uncachedK * spec.model.prefillMsPerKToken) * slowdown;
  const reasoningMs = (usage.reasoning / (spec.model.tokensPerSecond * 1.4)) * 1000;
  const ttftMs = prefillMs + reasoningMs;
  const generationMs = ((usage.output - usage.reasoning) / spec.model.tokensPerSecond) * 1000 * rng.logNormal(1, 0.2);
  const evaluation: Evaluation | undefined = rng.chance(spec.evaluationRate ?? 0) ? evaluate(rng) : undefined;
  return {
    kind: 'llm',
    ...stepIds(ctx),
    startMs,
    durationMs: ttftMs + generationMs + gap(ctx, 25),
    children: [],
    model: spec.model,
    operation: 'chat',
    system: spec.system,
    input: spec.input,
    output: spec.output,
    finishReason: spec.finishReason,
    usage,
    temperature: spec.temperature ?? 0.2,
    maxTokens: spec.maxTokens ?? 2048,
    topP: 1,
    streaming: spec.streaming,
    ttftMs: spec.streaming ? ttftMs : undefined,
    responseId: responseId(ctx, spec.model),
    tools: spec.tools ?? [],
    evaluation,
    attempt,
  };
}

function failedStep(ctx: BuildContext, spec: LlmCallSpec, startMs: number, durationMs: number, attempt: number, error: StepError): LlmStep {
  return {
    kind: 'llm',
    ...stepIds(ctx),
    startMs,
    durationMs,
    error,
    children: [],
    model: spec.model,
    operation: 'chat',
    system: spec.system,
    input: spec.input,
    output: [],
    finishReason: undefined,
    usage: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0, reasoning: 0 },
    temperature: spec.temperature ?? 0.2,
    maxTokens: spec.maxTokens ?? 2048,
    topP: 1,
    streaming: spec.streaming,
    ttftMs: undefined,
    responseId: '',
    tools: spec.tools ?? [],
    evaluation: undefined,
    attempt,
  };
}

export function textMessage(role: Message['role'], content: string): Message {
  return { role, parts: [{ type: 'text', content }] };
}
