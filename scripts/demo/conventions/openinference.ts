// OpenInference (Arize / Phoenix), as the LlamaIndex instrumentation writes it: `openinference.span.kind`,
// `llm.model_name`, `llm.token_count.*`, flattened `llm.input_messages.{i}.message.*`,
// `retrieval.documents.{i}.document.*`, and `session.id` / `user.id` / `metadata` propagated to every span of the
// request (that is what `using_attributes` does). The tenant lives only inside the `metadata` JSON.
import { SpanKind, type Attributes } from '@opentelemetry/api';
import { providerNames } from '../catalog/models';
import type { Step, TraceScenario } from '../scenario/types';
import { openinferenceMessages } from './messages';
import { compact, httpServerSpan, json, positive } from './shared';
import type { ConventionEmitter, RenderContext, SpanSpec } from './types';

const CLASS_BY_PROVIDER: Readonly<Record<string, string>> = {
  openai: 'OpenAI', anthropic: 'Anthropic', google: 'Gemini', mistral: 'MistralAI', 'self-hosted': 'OpenAILike',
};

function propagated(trace: TraceScenario): Attributes {
  return compact({
    'session.id': trace.sessionId,
    'user.id': trace.userId,
    metadata: json({ tenant_id: trace.tenant, feature: trace.feature, environment: trace.deployment.environment }),
  });
}

function describe(step: Step, ctx: RenderContext): SpanSpec {
  const { trace } = ctx;
  const common = propagated(trace);
  switch (step.kind) {
    case 'request':
      return httpServerSpan(step, trace);
    case 'workflow':
    case 'task':
      return {
        name: step.name === 'rag-query' ? 'RetrieverQueryEngine.query' : step.name, kind: SpanKind.INTERNAL,
        attributes: compact({
          ...common, 'openinference.span.kind': 'CHAIN', 'input.value': step.input, 'input.mime_type': 'text/plain',
          'output.value': step.output || undefined, 'output.mime_type': step.output ? 'text/plain' : undefined,
        }),
      };
    case 'agent':
      return {
        name: `${step.name}.run`, kind: SpanKind.INTERNAL,
        attributes: compact({
          ...common, 'openinference.span.kind': 'AGENT', 'agent.name': step.name, 'input.value': step.input,
          'output.value': step.output || undefined,
        }),
      };
    case 'llm': {
      const u = step.usage;
      const names = providerNames(step.model.provider);
      const ok = !step.error;
      const evaluation = step.evaluation;
      const tools: Record<string, string> = {};
      step.tools.forEach((t, i) => { tools[`llm.tools.${i}.tool.json_schema`] = json({ type: 'function', function: t }); });
      return {
        name: `${CLASS_BY_PROVIDER[step.model.provider] ?? 'LLM'}.chat`, kind: SpanKind.INTERNAL,
        attributes: compact({
          ...common,
          'openinference.span.kind': 'LLM',
          'llm.model_name': ok ? step.model.responseModel : step.model.id,
          'llm.provider': names.openinferenceProvider,
          'llm.system': names.openinferenceSystem,
          'llm.invocation_parameters': json({ temperature: step.temperature, max_tokens: step.maxTokens, top_p: step.topP, stream: step.streaming }),
          ...openinferenceMessages(step.system ? [{ role: 'system', parts: [{ type: 'text', content: step.system }] }, ...step.input] : step.input, 'llm.input_messages'),
          ...openinferenceMessages(step.output, 'llm.output_messages'),
          ...tools,
          'input.value': json({ messages: step.input.map((m) => ({ role: m.role, content: m.parts.map((p) => (p.type === 'text' ? p.content : '')).join('') })) }),
          'input.mime_type': 'application/json',
          'output.value': ok ? step.output.map((m) => m.parts.map((p) => (p.type === 'text' ? p.content : '')).join('')).join('') || undefined : undefined,
          'llm.token_count.prompt': ok ? u.input : undefined,
          'llm.token_count.completion': ok ? u.output : undefined,
          'llm.token_count.total': ok ? u.input + u.output : undefined,
          'llm.token_count.prompt_details.cache_read': positive(u.cacheRead),
          'llm.token_count.prompt_details.cache_write': positive(u.cacheWrite),
          'llm.token_count.completion_details.reasoning': positive(u.reasoning),
          'llm.finish_reason': step.finishReason,
          'annotations.0.annotation.name': evaluation?.name,
          'annotations.0.annotation.score': evaluation?.score,
          'annotations.0.annotation.label': evaluation?.label,
          'annotations.0.annotation.explanation': evaluation?.explanation,
        }),
      };
    }
    case 'embedding': {
      const texts: Record<string, string> = {};
      step.inputs.forEach((t, i) => { texts[`embedding.embeddings.${i}.embedding.text`] = t; });
      return {
        name: 'OpenAIEmbedding.get_query_embedding', kind: SpanKind.INTERNAL,
        attributes: compact({
          ...common, 'openinference.span.kind': 'EMBEDDING', 'embedding.model_name': step.model.id, ...texts,
          'llm.token_count.prompt': step.error ? undefined : step.inputTokens,
          'llm.token_count.total': step.error ? undefined : step.inputTokens,
        }),
      };
    }
    case 'retrieval': {
      const docs: Record<string, string | number> = {};
      step.documents.forEach((d, i) => {
        docs[`retrieval.documents.${i}.document.id`] = d.id;
        docs[`retrieval.documents.${i}.document.content`] = d.content;
        docs[`retrieval.documents.${i}.document.score`] = d.score;
        docs[`retrieval.documents.${i}.document.metadata`] = json({ title: d.title, url: d.url, source: step.dataSource });
      });
      return {
        name: 'VectorIndexRetriever.retrieve', kind: SpanKind.INTERNAL,
        attributes: compact({ ...common, 'openinference.span.kind': 'RETRIEVER', 'input.value': step.query, ...docs }),
      };
    }
    case 'tool':
      return {
        name: step.name, kind: SpanKind.INTERNAL,
        attributes: compact({
          ...common, 'openinference.span.kind': 'TOOL', 'tool.name': step.name, 'tool.description': step.description,
          'tool.parameters': json(step.arguments), 'input.value': json(step.arguments), 'input.mime_type': 'application/json',
          'output.value': step.error ? undefined : step.result,
        }),
      };
  }
}

export const openinference: ConventionEmitter = { id: 'openinference', describe };
