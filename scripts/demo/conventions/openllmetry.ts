// OpenLLMetry / Traceloop SDK: decorator spans named `<name>.workflow|task|agent|tool` with `traceloop.span.kind`
// and `traceloop.entity.input/output`, provider spans named `openai.chat` with `llm.request.type`, association
// properties (customer_id / user_id / session_id) copied onto every span, vector-store results as
// `db.query.result` events. SDK releases before 2026 write `gen_ai.prompt.{i}.*`; newer ones write
// `gen_ai.input.messages` and the current usage names: both generations are in the wild.
import { SpanKind, type Attributes } from '@opentelemetry/api';
import { providerNames } from '../catalog/models';
import { walkSteps, type LlmStep, type Step, type TraceScenario } from '../scenario/types';
import { genaiInputMessages, genaiOutputMessages, indexedCompletion, indexedPrompt } from './messages';
import { compact, endMsOf, evaluationEvents, httpServerSpan, json, positive } from './shared';
import type { ConventionEmitter, EventSpec, RenderContext, SpanSpec } from './types';

function usesJsonMessages(trace: TraceScenario): boolean {
  const [major = 0, minor = 0] = trace.deployment.instrumentation.version.split('.').map(Number);
  return major > 0 || minor >= 20;
}

function workflowName(trace: TraceScenario): string {
  for (const step of walkSteps(trace.root)) if (step.kind === 'workflow') return step.name;
  return trace.feature;
}

function association(trace: TraceScenario): Attributes {
  return compact({
    'traceloop.workflow.name': workflowName(trace),
    'traceloop.association.properties.customer_id': trace.tenant,
    'traceloop.association.properties.user_id': trace.userId,
    'traceloop.association.properties.session_id': trace.sessionId,
  });
}

/** Decorated functions record their arguments and return value as JSON; JSON text is embedded as the object it is. */
function asValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function entity(kind: 'workflow' | 'task' | 'agent' | 'tool', name: string, input: unknown, output: string | undefined, trace: TraceScenario): SpanSpec {
  return {
    name: `${name}.${kind}`, kind: SpanKind.INTERNAL,
    attributes: compact({
      ...association(trace),
      'traceloop.span.kind': kind,
      'traceloop.entity.name': name,
      'traceloop.entity.input': json({ args: [], kwargs: typeof input === 'string' ? { input: asValue(input) } : input }),
      'traceloop.entity.output': output ? json(asValue(output)) : undefined,
    }),
  };
}

function llmSpan(step: LlmStep, trace: TraceScenario): SpanSpec {
  const names = providerNames(step.model.provider);
  const u = step.usage;
  const ok = !step.error;
  const modern = usesJsonMessages(trace);
  const usage = modern
    ? {
      'gen_ai.provider.name': names.genai,
      'gen_ai.usage.input_tokens': ok ? u.input : undefined,
      'gen_ai.usage.output_tokens': ok ? u.output : undefined,
      'gen_ai.usage.cache_read.input_tokens': positive(u.cacheRead),
      'gen_ai.usage.cache_creation.input_tokens': positive(u.cacheWrite),
      'gen_ai.usage.reasoning.output_tokens': positive(u.reasoning),
      'gen_ai.input.messages': genaiInputMessages(step),
      'gen_ai.output.messages': genaiOutputMessages(step),
    }
    : {
      'gen_ai.system': names.genaiSystem,
      'gen_ai.usage.prompt_tokens': ok ? u.input : undefined,
      'gen_ai.usage.completion_tokens': ok ? u.output : undefined,
      'gen_ai.usage.cache_read_input_tokens': positive(u.cacheRead),
      'gen_ai.usage.cache_creation_input_tokens': positive(u.cacheWrite),
      ...indexedPrompt(step),
      ...indexedCompletion(step),
    };
  const functions: Record<string, string> = {};
  step.tools.forEach((t, i) => {
    functions[`llm.request.functions.${i}.name`] = t.name;
    functions[`llm.request.functions.${i}.description`] = t.description;
    functions[`llm.request.functions.${i}.parameters`] = json(t.parameters);
  });
  return {
    name: `${step.model.provider === 'self-hosted' ? 'openai' : step.model.provider}.chat`, kind: SpanKind.CLIENT,
    events: evaluationEvents(step),
    attributes: compact({
      ...association(trace),
      'llm.request.type': 'chat',
      'gen_ai.request.model': step.model.id,
      'gen_ai.response.model': ok ? step.model.responseModel : undefined,
      'gen_ai.response.id': step.responseId || undefined,
      'gen_ai.request.temperature': step.temperature,
      'gen_ai.request.top_p': step.topP,
      'gen_ai.request.max_tokens': step.maxTokens,
      'llm.is_streaming': step.streaming,
      'llm.usage.total_tokens': ok ? u.input + u.output : undefined,
      ...usage,
      ...functions,
    }),
  };
}

function describe(step: Step, ctx: RenderContext): SpanSpec {
  const { trace } = ctx;
  switch (step.kind) {
    case 'request':
      return httpServerSpan(step, trace);
    case 'workflow':
      return entity('workflow', step.name, step.input, step.output || undefined, trace);
    case 'task':
      return entity('task', step.name, step.input, step.output || undefined, trace);
    case 'agent':
      return entity('agent', step.name, step.input, step.output || undefined, trace);
    case 'tool':
      return entity('tool', step.name, step.arguments, step.error ? undefined : step.result, trace);
    case 'llm':
      return llmSpan(step, trace);
    case 'embedding': {
      const prompts: Record<string, string> = {};
      step.inputs.forEach((text, i) => { prompts[`gen_ai.prompt.${i}.content`] = text; });
      return {
        name: 'openai.embeddings', kind: SpanKind.CLIENT,
        attributes: compact({
          ...association(trace),
          'llm.request.type': 'embedding',
          'gen_ai.system': providerNames(step.model.provider).genaiSystem,
          'gen_ai.request.model': step.model.id,
          'gen_ai.response.model': step.error ? undefined : step.model.responseModel,
          'gen_ai.usage.prompt_tokens': step.error ? undefined : step.inputTokens,
          'llm.usage.total_tokens': step.error ? undefined : step.inputTokens,
          ...prompts,
        }),
      };
    }
    case 'retrieval': {
      const events: EventSpec[] = step.documents.map((d) => ({
        name: 'db.query.result', atMs: endMsOf(step),
        attributes: { 'db.query.result.id': d.id, 'db.query.result.score': d.score, 'db.query.result.document': d.content },
      }));
      return {
        name: `${step.vectorStore}.query`, kind: SpanKind.CLIENT, events,
        attributes: compact({
          ...association(trace), 'db.system': step.vectorStore, 'db.operation': 'query', 'db.vector.query.top_k': step.topK,
          'db.query.text': step.query,
        }),
      };
    }
  }
}

export const openllmetry: ConventionEmitter = { id: 'openllmetry', describe };
