// Langfuse's own OpenTelemetry attributes (the Langfuse JS SDK v4 is OTel-based): every span is an observation
// with `langfuse.observation.type` (generation, span, chain, agent, tool, retriever, embedding), content in
// `langfuse.observation.input/output`, usage as a JSON map in `langfuse.observation.usage_details`, time to first
// token as `completion_start_time`; trace-level facts (`langfuse.trace.name`, user, session, metadata) sit on the
// root. No gen_ai.* at all, so a receiver that only knows the OTel conventions sees nothing here.
import { SpanKind, type Attributes } from '@opentelemetry/api';
import type { Step, TraceScenario } from '../scenario/types';
import { genaiInputMessages, genaiOutputMessages } from './messages';
import { compact, evaluationEvents, httpServerSpan, json, positive } from './shared';
import type { ConventionEmitter, RenderContext, SpanSpec } from './types';

function observation(type: string, name: string, trace: TraceScenario, extra: Attributes, step: Step): SpanSpec {
  return {
    name, kind: type === 'generation' || type === 'embedding' ? SpanKind.CLIENT : SpanKind.INTERNAL,
    attributes: compact({
      'langfuse.observation.type': type,
      'langfuse.user.id': trace.userId,
      'langfuse.session.id': trace.sessionId,
      'langfuse.observation.level': step.error ? 'ERROR' : undefined,
      'langfuse.observation.status_message': step.error?.message,
      ...extra,
    }),
  };
}

function describe(step: Step, ctx: RenderContext): SpanSpec {
  const { trace } = ctx;
  const absolute = (offsetMs: number) => new Date(trace.startMs + offsetMs).toISOString();
  switch (step.kind) {
    case 'request':
      return httpServerSpan(step, trace);
    case 'workflow':
      return observation('chain', step.name, trace, { 'langfuse.observation.input': step.input, 'langfuse.observation.output': step.output || undefined }, step);
    case 'task':
      return observation('span', step.name, trace, { 'langfuse.observation.input': step.input, 'langfuse.observation.output': step.output || undefined }, step);
    case 'agent':
      return observation('agent', step.name, trace, { 'langfuse.observation.input': step.input, 'langfuse.observation.output': step.output || undefined }, step);
    case 'tool':
      return observation('tool', step.name, trace, { 'langfuse.observation.input': json(step.arguments), 'langfuse.observation.output': step.error ? undefined : step.result }, step);
    case 'retrieval':
      return observation('retriever', 'vector-search', trace, {
        'langfuse.observation.input': json({ query: step.query, top_k: step.topK }),
        'langfuse.observation.output': json(step.documents.map((d) => ({ id: d.id, score: d.score, content: d.content }))),
      }, step);
    case 'embedding':
      return observation('embedding', 'embed-chunks', trace, {
        'langfuse.observation.model.name': step.model.id,
        'langfuse.observation.input': json(step.inputs),
        'langfuse.observation.usage_details': step.error ? undefined : json({ input: step.inputTokens, total: step.inputTokens }),
      }, step);
    case 'llm': {
      const u = step.usage;
      const usage = step.error ? undefined : json(compact({
        input: u.input - u.cacheRead - u.cacheWrite, output: u.output, total: u.input + u.output,
        cache_read_input_tokens: positive(u.cacheRead), cache_creation_input_tokens: positive(u.cacheWrite),
        output_reasoning_tokens: positive(u.reasoning),
      }));
      const spec = observation('generation', step.attempt > 0 ? `${trace.feature}.generate (retry ${step.attempt})` : `${trace.feature}.generate`, trace, {
        'langfuse.observation.model.name': step.model.id,
        'langfuse.observation.model.parameters': json({ temperature: step.temperature, max_tokens: step.maxTokens }),
        'langfuse.observation.input': genaiInputMessages(step),
        'langfuse.observation.output': genaiOutputMessages(step),
        'langfuse.observation.usage_details': usage,
        'langfuse.observation.completion_start_time': step.ttftMs === undefined ? undefined : absolute(step.startMs + step.ttftMs),
        'langfuse.observation.metadata.provider': step.model.provider,
        'langfuse.observation.metadata.response_id': step.responseId || undefined,
      }, step);
      return { ...spec, events: evaluationEvents(step) };
    }
  }
}

export const langfuse: ConventionEmitter = {
  id: 'langfuse',
  describe,
  rootAttributes: (trace) => {
    const root = trace.root;
    return compact({
      'langfuse.trace.name': trace.feature,
      'langfuse.user.id': trace.userId,
      'langfuse.session.id': trace.sessionId,
      'langfuse.trace.tags': [trace.feature, trace.deployment.environment],
      'langfuse.trace.metadata.tenant_id': trace.tenant,
      'langfuse.environment': trace.deployment.environment,
      'langfuse.release': trace.deployment.serviceVersion,
      'langfuse.trace.input': root.kind === 'request' ? root.input : undefined,
      'langfuse.trace.output': root.kind === 'request' && root.output ? root.output : undefined,
    });
  },
};
