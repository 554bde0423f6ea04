// The demo generator emits all eight conventions through the official SDK and exporter serializer. Its scenario
// data says what every span is (which call, which model, which tokens, which tenant), so each normalised span is
// checked against the step it was rendered from, never against numbers copied into this file.
import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeProtobufTraces } from '@/ingest/otlp/decode-protobuf';
import type { OtlpSpan } from '@/ingest/otlp/types';
import type { ProviderId } from '@/scripts/demo/catalog/models';
import { DemoEmitter } from '@/scripts/demo/emit';
import { generateDemoTraces, type ConventionId, type Step, type TraceScenario } from '@/scripts/demo/model';
import { textOf, type EmbeddingStep, type LlmStep, type Message as DemoMessage } from '@/scripts/demo/scenario/types';
import { DEFAULT_NORMALISE_SETTINGS, normaliseSpan } from './normalise-span';
import type { NormalisedSpan, Usage } from './types';

interface Rendered {
  readonly trace: TraceScenario;
  readonly step: Step;
  readonly parent: Step | undefined;
  /** The AI SDK's outer span around the step (ai.generateText around doGenerate, ai.embed around doEmbed). */
  readonly wrapper: boolean;
}

interface Case {
  readonly span: OtlpSpan;
  readonly normalised: NormalisedSpan;
  readonly rendered: Rendered;
  /** The demo convention, with OpenLLMetry split by SDK generation (pre-2026 indexed form, 2026 JSON form). */
  readonly convention: ConventionId | 'openllmetry-2026';
}

const END_MS = Date.UTC(2026, 10, 20, 12);

/** Canonical names for the generator's providers. */
const PROVIDER: Readonly<Record<ProviderId, string>> = {
  openai: 'openai',
  anthropic: 'anthropic',
  google: 'gcp.gemini',
  mistral: 'mistral_ai',
  'self-hosted': 'vllm',
};

/** The reader that must have contributed, per demo convention. */
const READER: Readonly<Record<Case['convention'], string>> = {
  'genai-current': 'genai',
  'genai-legacy': 'genai-legacy',
  openinference: 'openinference',
  openllmetry: 'openllmetry',
  'openllmetry-2026': 'openllmetry',
  'vercel-ai-v4': 'vercel-ai',
  'vercel-ai-v5': 'vercel-ai',
  'vercel-ai-v6': 'vercel-ai',
  langfuse: 'langfuse',
};

/** Which usage details each convention can carry at all (legacy GenAI and AI SDK v4 had no cache counts). */
const CARRIES: Readonly<Record<Case['convention'], { cacheRead: boolean; cacheWrite: boolean; reasoning: boolean; total: boolean }>> = {
  'genai-current': { cacheRead: true, cacheWrite: true, reasoning: true, total: false },
  'genai-legacy': { cacheRead: false, cacheWrite: false, reasoning: false, total: false },
  openinference: { cacheRead: true, cacheWrite: true, reasoning: true, total: true },
  openllmetry: { cacheRead: true, cacheWrite: true, reasoning: false, total: true },
  'openllmetry-2026': { cacheRead: true, cacheWrite: true, reasoning: true, total: true },
  'vercel-ai-v4': { cacheRead: false, cacheWrite: false, reasoning: false, total: false },
  'vercel-ai-v5': { cacheRead: true, cacheWrite: false, reasoning: true, total: true },
  'vercel-ai-v6': { cacheRead: true, cacheWrite: true, reasoning: true, total: true },
  langfuse: { cacheRead: true, cacheWrite: true, reasoning: true, total: true },
};

const CALL_TYPES = new Set(['llm', 'embedding', 'rerank']);

function isBillable(n: NormalisedSpan): boolean {
  return CALL_TYPES.has(n.type) && n.usageIsAggregate !== true;
}

function conventionOf(span: OtlpSpan, trace: TraceScenario): Case['convention'] {
  const convention = trace.deployment.convention;
  return convention === 'openllmetry' && span.scope.version === '0.27.0' ? 'openllmetry-2026' : convention;
}

function expectedUsage(convention: Case['convention'], step: LlmStep): Usage {
  if (step.error) return {};
  const u = step.usage;
  const carries = CARRIES[convention];
  const usage: Usage = { input: u.input, output: u.output };
  // Emitters leave zero cache and reasoning counts out, as the real libraries do.
  if (carries.cacheRead && u.cacheRead > 0) usage.cache_read = u.cacheRead;
  if (carries.cacheWrite && u.cacheWrite > 0) usage.cache_write = u.cacheWrite;
  if (carries.reasoning && u.reasoning > 0) usage.reasoning = u.reasoning;
  if (carries.total) usage.total = u.input + u.output;
  return usage;
}

function expectedModels(convention: Case['convention'], step: LlmStep | EmbeddingStep): Pick<NormalisedSpan, 'requestModel' | 'responseModel'> {
  const ok = !step.error;
  if (step.kind === 'embedding') {
    // Only the GenAI forms and the old OpenLLMetry embedding spans name the response model.
    const response = ok && ['genai-current', 'openllmetry', 'openllmetry-2026'].includes(convention) ? step.model.responseModel : undefined;
    return { requestModel: step.model.id, ...(response !== undefined && { responseModel: response }) };
  }
  // OpenInference records one model: the response's once there is one.
  if (convention === 'openinference') return { requestModel: ok ? step.model.responseModel : step.model.id };
  if (convention === 'langfuse') return { requestModel: step.model.id };
  return { requestModel: step.model.id, ...(ok && { responseModel: step.model.responseModel }) };
}

function texts(messages: readonly NormalisedSpan['output'][number][]): string {
  return messages.map((m) => m.parts.map((p) => (p.type === 'text' ? p.content : '')).join('')).join('');
}

function toolCallNames(messages: readonly DemoMessage[]): string[] {
  return messages.flatMap((m) => m.parts.flatMap((p) => (p.type === 'tool_call' ? [p.name] : [])));
}

function demoCases(): Promise<{ cases: Case[]; traces: TraceScenario[] }> {
  const traces = [...generateDemoTraces({ seed: 20261120, endMs: END_MS, days: 7, traces: 700 })];
  const rendered = new Map<string, Rendered>();
  const remember = (trace: TraceScenario, step: Step, parent: Step | undefined): void => {
    rendered.set(step.spanId, { trace, step, parent, wrapper: false });
    rendered.set(step.wrapperSpanId, { trace, step, parent, wrapper: true });
    for (const child of step.children) remember(trace, child, step);
  };
  for (const trace of traces) remember(trace, trace.root, undefined);

  const memory = new InMemorySpanExporter();
  const emitter = new DemoEmitter(() => new SimpleSpanProcessor(memory));
  for (const trace of traces) emitter.emit(trace);
  return emitter.flush().then(async () => {
    const body = ProtobufTraceSerializer.serializeRequest(memory.getFinishedSpans());
    await emitter.shutdown();
    if (!body) throw new Error('the serializer returned nothing');
    const cases = decodeProtobufTraces(body).spans.map((span): Case => {
      const found = rendered.get(span.spanId);
      if (!found) throw new Error(`span ${span.name} ${span.spanId} has no scenario step`);
      return { span, normalised: normaliseSpan(span, DEFAULT_NORMALISE_SETTINGS), rendered: found, convention: conventionOf(span, found.trace) };
    });
    return { cases, traces };
  });
}

describe('demo traffic through normaliseSpan', () => {
  let cases: Case[] = [];
  let traces: TraceScenario[] = [];

  beforeAll(async () => {
    ({ cases, traces } = await demoCases());
  });

  const modelCalls = (kind: 'llm' | 'embedding') =>
    cases.filter((c) => !c.rendered.wrapper && c.rendered.step.kind === kind);

  it('covers every convention, both OpenLLMetry generations, successes and failures', () => {
    expect(cases.length).toBeGreaterThan(3000);
    const calls = modelCalls('llm');
    for (const convention of Object.keys(READER)) {
      const ofConvention = calls.filter((c) => c.convention === convention);
      expect(ofConvention.length, convention).toBeGreaterThanOrEqual(10);
    }
    expect(calls.some((c) => c.rendered.step.error)).toBe(true);
    expect(calls.some((c) => c.rendered.step.kind === 'llm' && c.rendered.step.usage.cacheWrite > 0)).toBe(true);
    expect(calls.some((c) => c.rendered.step.kind === 'llm' && c.rendered.step.usage.reasoning > 0)).toBe(true);
  });

  it('gives every model call its type, provider, models and exact usage, in every convention', () => {
    for (const { normalised: n, rendered, convention, span } of modelCalls('llm')) {
      const step = rendered.step as LlmStep;
      const where = `${convention} ${span.name} ${span.spanId}`;
      expect(n.type, where).toBe('llm');
      expect(n.provider, where).toBe(PROVIDER[step.model.provider]);
      expect({ requestModel: n.requestModel, responseModel: n.responseModel }, where).toEqual({ responseModel: undefined, ...expectedModels(convention, step) });
      expect(n.usage, where).toEqual(expectedUsage(convention, step));
      expect(n.usageIsAggregate, where).toBeUndefined();
      expect(n.conventions, where).toContain(READER[convention]);
    }
  });

  it('reads the conversation, the answer, its tool calls and finish reason, in every convention', () => {
    for (const { normalised: n, rendered, convention, span } of modelCalls('llm')) {
      const step = rendered.step as LlmStep;
      const where = `${convention} ${span.name} ${span.spanId}`;
      // The system prompt is a message everywhere except where the emitter leaves it out (2026 OpenLLMetry, Langfuse).
      const system = step.system && convention !== 'openllmetry-2026' && convention !== 'langfuse' ? 1 : 0;
      expect(n.input.length, where).toBe(step.input.length + system);
      expect(texts(n.input.slice(-1)), where).toBe(step.input.length > 0 ? textOf(step.input[step.input.length - 1] as DemoMessage) : '');
      if (step.error) continue;
      expect(texts(n.output), where).toBe(step.output.map(textOf).join(''));
      expect(n.toolCalls.map((c) => c.name), where).toEqual(toolCallNames(step.output));
      const reason = convention.startsWith('vercel-ai') && step.finishReason === 'tool_calls' ? 'tool-calls' : step.finishReason;
      expect(n.finishReasons, where).toEqual(reason === undefined ? [] : [reason]);
    }
  });

  it('reads time to first token, evaluations and errors where the convention carries them', () => {
    for (const { normalised: n, rendered, convention, span } of modelCalls('llm')) {
      const step = rendered.step as LlmStep;
      const where = `${convention} ${span.name} ${span.spanId}`;
      const carriesTtft = convention === 'genai-current' || convention === 'langfuse' || convention.startsWith('vercel-ai');
      if (carriesTtft && step.ttftMs !== undefined) {
        // Rounded on the way: GenAI to whole ms (in seconds), the AI SDK to 0.01 ms, Langfuse's ISO time to 1 ms.
        expect(Math.abs((n.timeToFirstTokenMs ?? Number.NaN) - step.ttftMs), where).toBeLessThanOrEqual(1);
      } else {
        expect(n.timeToFirstTokenMs, where).toBeUndefined();
      }
      const e = step.evaluation;
      expect(n.scores, where).toEqual(e ? [{ name: e.name, value: e.score, label: e.label, explanation: e.explanation }] : []);
      expect(n.hallucination, where).toBe(e?.name === 'hallucination' && e.label === 'hallucinated');
      if (step.error) {
        expect(n.errorMessage, where).toBe(step.error.message);
        // The GenAI conventions send error.type; the others only the exception event.
        const genai = convention === 'genai-current' || convention === 'genai-legacy';
        expect(n.errorType, where).toBe(genai ? step.error.type : step.error.exceptionType);
      } else {
        expect(n.errorType, where).toBeUndefined();
      }
    }
  });

  it('gives every embedding call its type, provider, model and tokens', () => {
    const embeddings = modelCalls('embedding');
    expect(new Set(embeddings.map((c) => c.convention)).size).toBeGreaterThanOrEqual(3);
    for (const { normalised: n, rendered, convention, span } of embeddings) {
      const step = rendered.step as EmbeddingStep;
      const where = `${convention} ${span.name} ${span.spanId}`;
      expect(n.type, where).toBe('embedding');
      expect(n.provider, where).toBe(PROVIDER[step.model.provider]);
      expect({ requestModel: n.requestModel, responseModel: n.responseModel }, where).toEqual({ responseModel: undefined, ...expectedModels(convention, step) });
      const total = ['openinference', 'openllmetry', 'openllmetry-2026', 'langfuse'].includes(convention);
      expect(n.usage, where).toEqual(step.error ? {} : { input: step.inputTokens, ...(total && { total: step.inputTokens }) });
    }
  });

  it('bills every model call exactly once: AI SDK outer spans and agents are aggregates or carry no usage', () => {
    const wrappers = cases.filter((c) => c.rendered.wrapper);
    expect(wrappers.length).toBeGreaterThan(0);
    for (const { normalised: n, span } of wrappers) {
      expect(n.type, span.name).toBe('chain');
      if (Object.keys(n.usage).length > 0) expect(n.usageIsAggregate, span.name).toBe(true);
    }
    let expectedInput = 0;
    let expectedOutput = 0;
    for (const trace of traces) {
      const walk = (step: Step): void => {
        if (step.kind === 'llm' && !step.error) {
          expectedInput += step.usage.input;
          expectedOutput += step.usage.output;
        }
        if (step.kind === 'embedding' && !step.error) expectedInput += step.inputTokens;
        step.children.forEach(walk);
      };
      walk(trace.root);
    }
    const billed = cases.filter((c) => isBillable(c.normalised));
    expect(billed.reduce((sum, c) => sum + (c.normalised.usage.input ?? 0), 0)).toBe(expectedInput);
    expect(billed.reduce((sum, c) => sum + (c.normalised.usage.output ?? 0), 0)).toBe(expectedOutput);
    for (const c of cases) {
      const kind = c.rendered.step.kind;
      if (kind !== 'llm' && kind !== 'embedding') expect(isBillable(c.normalised), `${c.convention} ${c.span.name}`).toBe(false);
    }
  });

  it('types tool and retrieval steps, with retrieved documents where the convention records them', () => {
    for (const { normalised: n, rendered, convention, span } of cases) {
      const step = rendered.step;
      const where = `${convention} ${span.name}`;
      if (step.kind === 'tool') {
        expect(n.type, where).toBe('tool');
        expect(n.toolCalls.map((c) => c.name), where).toEqual([step.name]);
      }
      // The AI SDK app queries its vector table with plain SQL, which no convention marks as retrieval.
      if (step.kind === 'retrieval' && !convention.startsWith('vercel-ai')) {
        expect(n.type, where).toBe('retrieval');
        if (convention !== 'genai-legacy') expect(n.retrievalDocuments.map((d) => d.id), where).toEqual(step.documents.map((d) => d.id));
      }
    }
  });

  it('attributes spans to their trace: tenant, user, session, feature, environment and release', () => {
    const tenantTraces = new Set<string>();
    for (const { normalised: n, rendered, convention, span } of cases) {
      const { trace } = rendered;
      const where = `${convention} ${span.name}`;
      const a = n.attribution;
      if (a.tenantId !== undefined) {
        expect(a.tenantId, where).toBe(trace.tenant);
        tenantTraces.add(trace.traceId);
      }
      if (a.userId !== undefined) expect(a.userId, where).toBe(trace.userId);
      if (a.sessionId !== undefined) expect(a.sessionId, where).toBe(trace.sessionId);
      if (a.feature !== undefined) {
        const names = [trace.feature as string];
        const collect = (step: Step): void => {
          if (step.kind === 'workflow' || step.kind === 'agent') names.push(step.name);
          step.children.forEach(collect);
        };
        collect(trace.root);
        expect(names, where).toContain(a.feature);
      }
      expect(a.environment, where).toBe(trace.deployment.environment);
      expect(a.release, where).toBe(trace.deployment.serviceVersion);
    }
    // The root carries tenant.id: every trace gets its tenant from at least one span (the rest is the rollup's job).
    expect(tenantTraces.size).toBe(traces.length);
  });
});
