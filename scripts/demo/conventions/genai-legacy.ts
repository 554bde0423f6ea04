// OpenTelemetry GenAI conventions as they were before v1.37 (around v1.26): `gen_ai.system`, flattened
// `gen_ai.prompt.{i}.*` / `gen_ai.completion.{i}.*`, `gen_ai.usage.prompt_tokens` / `completion_tokens`, no cache or
// reasoning counts and no `gen_ai.operation.name`. Old deployments keep sending this for years, so a receiver must
// still read it; note that cached tokens are invisible here and get billed as plain input.
import { SpanKind } from '@opentelemetry/api';
import { providerNames } from '../catalog/models';
import type { Step } from '../scenario/types';
import { indexedCompletion, indexedPrompt } from './messages';
import { appSpan, compact, evaluationEvents, httpServerSpan } from './shared';
import type { ConventionEmitter, RenderContext, SpanSpec } from './types';

function describe(step: Step, ctx: RenderContext): SpanSpec {
  const { trace } = ctx;
  switch (step.kind) {
    case 'request':
      return httpServerSpan(step, trace);
    case 'workflow':
    case 'task':
      return appSpan(trace, step.name, { 'code.function': step.name });
    case 'agent':
      return appSpan(trace, `agent ${step.name}`, { 'gen_ai.system': providerNames(step.model.provider).genaiSystem, 'gen_ai.request.model': step.model.id });
    case 'llm':
      return {
        name: `chat ${step.model.id}`, kind: SpanKind.CLIENT,
        events: evaluationEvents(step),
        attributes: compact({
          'gen_ai.system': providerNames(step.model.provider).genaiSystem,
          'gen_ai.request.model': step.model.id,
          'gen_ai.response.model': step.error ? undefined : step.model.responseModel,
          'gen_ai.response.id': step.responseId || undefined,
          'gen_ai.request.temperature': step.temperature,
          'gen_ai.request.top_p': step.topP,
          'gen_ai.request.max_tokens': step.maxTokens,
          'gen_ai.usage.prompt_tokens': step.error ? undefined : step.usage.input,
          'gen_ai.usage.completion_tokens': step.error ? undefined : step.usage.output,
          'gen_ai.response.finish_reasons': step.finishReason ? [step.finishReason] : undefined,
          ...indexedPrompt(step),
          ...indexedCompletion(step),
          'server.address': step.model.host,
          'error.type': step.error?.type,
        }),
      };
    case 'embedding':
      return {
        name: `embeddings ${step.model.id}`, kind: SpanKind.CLIENT,
        attributes: compact({
          'gen_ai.system': providerNames(step.model.provider).genaiSystem,
          'gen_ai.request.model': step.model.id,
          'gen_ai.usage.prompt_tokens': step.error ? undefined : step.inputTokens,
          'error.type': step.error?.type,
        }),
      };
    case 'retrieval':
      return appSpan(trace, `${step.vectorStore}.search`, {
        'db.system': step.vectorStore,
        'db.operation': 'search',
        'db.collection.name': step.dataSource,
        'db.vector.query.top_k': step.topK,
      }, SpanKind.CLIENT);
    case 'tool':
      return appSpan(trace, `tool ${step.name}`, { 'gen_ai.tool.name': step.name, 'gen_ai.tool.call.id': step.callId });
  }
}

/** Before `gen_ai.conversation.id` existed, apps put their own session id on the request span. */
export const genaiLegacy: ConventionEmitter = {
  id: 'genai-legacy',
  describe,
  rootAttributes: (trace) => compact({ 'session.id': trace.sessionId }),
};
