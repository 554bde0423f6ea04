// OpenTelemetry GenAI semantic conventions, current (v1.37+): `gen_ai.provider.name`, JSON `gen_ai.input.messages`
// with typed parts, `gen_ai.usage.cache_read.input_tokens`, `gen_ai.conversation.id`, invoke_agent / execute_tool /
// retrieval operations. Written the way a hand-instrumented service following the spec would write it.
import { SpanKind } from '@opentelemetry/api';
import { providerNames } from '../catalog/models';
import type { Step } from '../scenario/types';
import { genaiInputMessages, genaiOutputMessages, genaiSystemInstructions } from './messages';
import { appSpan, compact, evaluationEvents, httpServerSpan, json, positive } from './shared';
import type { ConventionEmitter, RenderContext, SpanSpec } from './types';

function describe(step: Step, ctx: RenderContext): SpanSpec {
  const { trace } = ctx;
  const conversation = trace.sessionId;
  switch (step.kind) {
    case 'request':
      return httpServerSpan(step, trace);
    case 'workflow':
      return {
        name: `invoke_workflow ${step.name}`, kind: SpanKind.INTERNAL,
        attributes: compact({ 'gen_ai.operation.name': 'invoke_workflow', 'gen_ai.workflow.name': step.name, 'gen_ai.conversation.id': conversation }),
      };
    case 'task':
      return appSpan(trace, step.name, { 'code.function.name': step.name });
    case 'agent':
      return {
        name: `invoke_agent ${step.name}`, kind: SpanKind.INTERNAL,
        attributes: compact({
          'gen_ai.operation.name': 'invoke_agent',
          'gen_ai.agent.name': step.name,
          'gen_ai.agent.description': step.description,
          'gen_ai.provider.name': providerNames(step.model.provider).genai,
          'gen_ai.request.model': step.model.id,
          'gen_ai.conversation.id': conversation,
          'gen_ai.tool.definitions': json(step.tools.map((t) => ({ type: 'function', ...t }))),
        }),
      };
    case 'llm': {
      const u = step.usage;
      return {
        name: `chat ${step.model.id}`, kind: SpanKind.CLIENT,
        events: evaluationEvents(step),
        attributes: compact({
          'gen_ai.operation.name': 'chat',
          'gen_ai.provider.name': providerNames(step.model.provider).genai,
          'gen_ai.request.model': step.model.id,
          'gen_ai.response.model': step.error ? undefined : step.model.responseModel,
          'gen_ai.response.id': step.responseId || undefined,
          'gen_ai.request.temperature': step.temperature,
          'gen_ai.request.top_p': step.topP,
          'gen_ai.request.max_tokens': step.maxTokens,
          'gen_ai.conversation.id': conversation,
          'gen_ai.usage.input_tokens': step.error ? undefined : u.input,
          'gen_ai.usage.output_tokens': step.error ? undefined : u.output,
          'gen_ai.usage.cache_read.input_tokens': positive(u.cacheRead),
          'gen_ai.usage.cache_creation.input_tokens': positive(u.cacheWrite),
          'gen_ai.usage.reasoning.output_tokens': positive(u.reasoning),
          'gen_ai.response.finish_reasons': step.finishReason ? [step.finishReason] : undefined,
          'gen_ai.response.time_to_first_chunk': step.ttftMs === undefined ? undefined : Math.round(step.ttftMs) / 1000,
          'gen_ai.system_instructions': genaiSystemInstructions(step),
          'gen_ai.input.messages': genaiInputMessages(step),
          'gen_ai.output.messages': genaiOutputMessages(step),
          'server.address': step.model.host,
          'server.port': 443,
          'error.type': step.error?.type,
        }),
      };
    }
    case 'embedding':
      return {
        name: `embeddings ${step.model.id}`, kind: SpanKind.CLIENT,
        attributes: compact({
          'gen_ai.operation.name': 'embeddings',
          'gen_ai.provider.name': providerNames(step.model.provider).genai,
          'gen_ai.request.model': step.model.id,
          'gen_ai.response.model': step.error ? undefined : step.model.responseModel,
          'gen_ai.usage.input_tokens': step.error ? undefined : step.inputTokens,
          'gen_ai.embeddings.dimension.count': step.model.dimensions,
          'gen_ai.request.encoding_formats': ['float'],
          'server.address': step.model.host,
          'error.type': step.error?.type,
        }),
      };
    case 'retrieval':
      return {
        name: `retrieval ${step.dataSource}`, kind: SpanKind.CLIENT,
        attributes: compact({
          'gen_ai.operation.name': 'retrieval',
          'gen_ai.data_source.id': step.dataSource,
          'gen_ai.retrieval.query.text': step.query,
          'gen_ai.request.top_k': step.topK,
          'gen_ai.retrieval.documents': json(step.documents.map((d) => ({ id: d.id, score: d.score }))),
          'db.system.name': step.vectorStore,
        }),
      };
    case 'tool':
      return {
        name: `execute_tool ${step.name}`, kind: SpanKind.INTERNAL,
        attributes: compact({
          'gen_ai.operation.name': 'execute_tool',
          'gen_ai.tool.name': step.name,
          'gen_ai.tool.description': step.description,
          'gen_ai.tool.type': 'function',
          'gen_ai.tool.call.id': step.callId,
          'gen_ai.tool.call.arguments': json(step.arguments),
          'gen_ai.tool.call.result': step.error ? undefined : step.result,
          'gen_ai.conversation.id': conversation,
          'error.type': step.error?.type,
        }),
      };
  }
}

export const genaiCurrent: ConventionEmitter = { id: 'genai-current', describe };
