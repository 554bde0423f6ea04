// Each convention's forms, including those no installed client emits any more, with the whole normalised span
// expected. Attribute values are as decoded: strings as sent, numbers as JSON text.
import { describe, expect, it } from 'vitest';
import { otlpSpan } from './fixtures/otlp-span';
import { DEFAULT_NORMALISE_SETTINGS, normaliseSpan } from './normalise-span';
import type { NormalisedSpan } from './types';

const EMPTY: Omit<NormalisedSpan, 'type' | 'conventions' | 'attribution'> = {
  usage: {},
  usageIsAggregate: false,
  finishReasons: [],
  input: [],
  output: [],
  toolCalls: [],
  retrievalDocuments: [],
  invocationParameters: {},
  scores: [],
  hallucination: false,
};

const normalise = (span: Parameters<typeof normaliseSpan>[0]) => normaliseSpan(span, DEFAULT_NORMALISE_SETTINGS);

describe('normaliseSpan', () => {
  it('reads legacy GenAI: gen_ai.system, indexed prompt/completion, prompt_tokens', () => {
    const span = otlpSpan({
      name: 'openai.chat',
      attributes: {
        'gen_ai.system': 'OpenAI',
        'gen_ai.request.model': 'gpt-4o-mini',
        'gen_ai.response.model': 'gpt-4o-mini-2024-07-18',
        'gen_ai.usage.prompt_tokens': '120',
        'gen_ai.usage.completion_tokens': '30',
        'gen_ai.prompt.0.role': 'system',
        'gen_ai.prompt.0.content': 'Be brief.',
        'gen_ai.prompt.1.role': 'user',
        'gen_ai.prompt.1.content': 'Weather in Paris?',
        'gen_ai.completion.0.role': 'assistant',
        'gen_ai.completion.0.finish_reason': 'tool_calls',
        'gen_ai.completion.0.tool_calls.0.id': 'call_1',
        'gen_ai.completion.0.tool_calls.0.name': 'get_weather',
        'gen_ai.completion.0.tool_calls.0.arguments': '{"city":"Paris"}',
        'tenant.id': 'acme',
      },
    });
    expect(normalise(span)).toEqual({
      ...EMPTY,
      type: 'llm',
      provider: 'openai',
      requestModel: 'gpt-4o-mini',
      responseModel: 'gpt-4o-mini-2024-07-18',
      usage: { input: 120, output: 30 },
      finishReasons: ['tool_calls'],
      input: [
        { role: 'system', parts: [{ type: 'text', content: 'Be brief.' }] },
        { role: 'user', parts: [{ type: 'text', content: 'Weather in Paris?' }] },
      ],
      output: [{ role: 'assistant', parts: [{ type: 'tool_call', id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}' }], finishReason: 'tool_calls' }],
      toolCalls: [{ id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}' }],
      attribution: { tenantId: 'acme' },
      conventions: ['genai', 'genai-legacy'],
    });
  });

  it('reads old OpenLLMetry: association properties, cache_read_input_tokens, llm.usage.total_tokens', () => {
    const span = otlpSpan({
      name: 'anthropic.chat',
      attributes: {
        'gen_ai.system': 'Anthropic',
        'llm.request.type': 'chat',
        'gen_ai.request.model': 'claude-3-5-sonnet-20241022',
        'gen_ai.usage.prompt_tokens': '2000',
        'gen_ai.usage.completion_tokens': '100',
        'gen_ai.usage.cache_read_input_tokens': '1500',
        'llm.usage.total_tokens': '2100',
        'gen_ai.prompt.0.role': 'user',
        'gen_ai.prompt.0.content': 'Summarise the ticket.',
        'gen_ai.completion.0.role': 'assistant',
        'gen_ai.completion.0.content': 'Customer wants a refund.',
        'gen_ai.completion.0.finish_reason': 'end_turn',
        'traceloop.association.properties.customer_id': 'globex',
        'traceloop.association.properties.user_id': 'u-7',
        'traceloop.association.properties.session_id': 's-9',
        'traceloop.workflow.name': 'ticket-triage',
      },
    });
    expect(normalise(span)).toEqual({
      ...EMPTY,
      type: 'llm',
      provider: 'anthropic',
      requestModel: 'claude-3-5-sonnet-20241022',
      usage: { input: 2000, output: 100, cache_read: 1500, total: 2100 },
      finishReasons: ['end_turn'],
      input: [{ role: 'user', parts: [{ type: 'text', content: 'Summarise the ticket.' }] }],
      output: [{ role: 'assistant', parts: [{ type: 'text', content: 'Customer wants a refund.' }], finishReason: 'end_turn' }],
      attribution: { tenantId: 'globex', userId: 'u-7', sessionId: 's-9', feature: 'ticket-triage' },
      conventions: ['genai', 'openllmetry', 'genai-legacy'],
    });
  });

  it('reads AI SDK v4 names and marks the outer call as an aggregate', () => {
    const attributes = {
      'ai.operationId': 'ai.generateText.doGenerate',
      'ai.model.id': 'gpt-4o',
      'ai.model.provider': 'openai.chat',
      'ai.usage.promptTokens': '50',
      'ai.usage.completionTokens': '12',
      'ai.prompt.messages': JSON.stringify([{ role: 'user', content: [{ type: 'text', text: 'Hello' }] }]),
      'ai.response.text': 'Hi there',
      'ai.response.finishReason': 'stop',
      'ai.telemetry.functionId': 'greeter',
      'ai.telemetry.metadata.tenantId': 'initech',
      'ai.settings.maxRetries': '2',
    };
    expect(normalise(otlpSpan({ name: 'ai.generateText.doGenerate', attributes }))).toEqual({
      ...EMPTY,
      type: 'llm',
      provider: 'openai',
      requestModel: 'gpt-4o',
      usage: { input: 50, output: 12 },
      finishReasons: ['stop'],
      input: [{ role: 'user', parts: [{ type: 'text', content: 'Hello' }] }],
      output: [{ role: 'assistant', parts: [{ type: 'text', content: 'Hi there' }], finishReason: 'stop' }],
      invocationParameters: { maxRetries: '2' },
      attribution: { tenantId: 'initech', feature: 'greeter' },
      conventions: ['vercel-ai'],
    });
    const outer = normalise(otlpSpan({ name: 'ai.generateText', attributes: { ...attributes, 'ai.operationId': 'ai.generateText' } }));
    expect(outer.type).toBe('chain');
    expect(outer.usageIsAggregate).toBe(true);
  });

  it('reads current GenAI with cache, reasoning, time to first chunk and an evaluation event', () => {
    const span = otlpSpan({
      name: 'chat o4-mini',
      attributes: {
        'gen_ai.operation.name': 'chat',
        'gen_ai.provider.name': 'openai',
        'gen_ai.request.model': 'o4-mini',
        'gen_ai.request.temperature': '0.2',
        'gen_ai.usage.input_tokens': '1000',
        'gen_ai.usage.cache_read.input_tokens': '400',
        'gen_ai.usage.output_tokens': '300',
        'gen_ai.usage.reasoning.output_tokens': '200',
        'gen_ai.response.time_to_first_chunk': '0.25',
        'gen_ai.response.finish_reasons': '["stop"]',
        'gen_ai.conversation.id': 'conv-1',
        'gen_ai.input.messages': JSON.stringify([{ role: 'user', parts: [{ type: 'text', content: 'Why?' }] }]),
        'gen_ai.output.messages': JSON.stringify([{ role: 'assistant', parts: [{ type: 'text', content: 'Because.' }], finish_reason: 'stop' }]),
      },
      events: [
        {
          name: 'gen_ai.evaluation.result',
          timeUnixNano: 1_795_000_001_000_000_000n,
          attributes: { 'gen_ai.evaluation.name': 'hallucination', 'gen_ai.evaluation.score.value': '0.9', 'gen_ai.evaluation.score.label': 'hallucinated' },
          droppedAttributesCount: 0,
        },
      ],
    });
    expect(normalise(span)).toEqual({
      ...EMPTY,
      type: 'llm',
      provider: 'openai',
      requestModel: 'o4-mini',
      usage: { input: 1000, cache_read: 400, output: 300, reasoning: 200 },
      timeToFirstTokenMs: 250,
      finishReasons: ['stop'],
      input: [{ role: 'user', parts: [{ type: 'text', content: 'Why?' }] }],
      output: [{ role: 'assistant', parts: [{ type: 'text', content: 'Because.' }], finishReason: 'stop' }],
      invocationParameters: { temperature: '0.2' },
      scores: [{ name: 'hallucination', value: 0.9, label: 'hallucinated' }],
      hallucination: true,
      attribution: { sessionId: 'conv-1' },
      conventions: ['genai'],
    });
  });

  it('reads OpenInference retrieval: the query and documents with scores', () => {
    const span = otlpSpan({
      name: 'retrieve',
      attributes: {
        'openinference.span.kind': 'RETRIEVER',
        'input.value': 'refund policy',
        'retrieval.documents.0.document.id': 'doc-1',
        'retrieval.documents.0.document.score': '0.82',
        'retrieval.documents.0.document.content': 'Refunds within 30 days.',
        'retrieval.documents.1.document.id': 'doc-2',
        'retrieval.documents.1.document.score': '0.41',
        'session.id': 'sess-3',
        'user.id': 'u-3',
      },
    });
    expect(normalise(span)).toEqual({
      ...EMPTY,
      type: 'retrieval',
      retrievalQuery: 'refund policy',
      retrievalDocuments: [
        { id: 'doc-1', score: 0.82, content: 'Refunds within 30 days.' },
        { id: 'doc-2', score: 0.41 },
      ],
      attribution: { sessionId: 'sess-3', userId: 'u-3' },
      conventions: ['openinference'],
    });
  });

  it('reads langfuse usage details with cache counted inside input, and keeps an unknown span as a span', () => {
    const span = otlpSpan({
      name: 'generate',
      attributes: {
        'langfuse.observation.type': 'generation',
        'langfuse.observation.model.name': 'claude-sonnet-4-20250514',
        'langfuse.observation.metadata.provider': 'anthropic',
        'langfuse.observation.usage_details': JSON.stringify({ input: 100, output: 20, cache_read_input_tokens: 300, cache_creation_input_tokens: 50 }),
        'langfuse.user.id': 'u-1',
        'langfuse.environment': 'staging',
      },
    });
    const n = normalise(span);
    expect(n.usage).toEqual({ input: 450, output: 20, cache_read: 300, cache_write: 50 });
    expect(n.provider).toBe('anthropic');
    expect(n.attribution).toEqual({ userId: 'u-1', environment: 'staging' });
    expect(normalise(otlpSpan({ name: 'GET /health', attributes: { 'http.route': '/health' } }))).toEqual({
      ...EMPTY,
      type: 'span',
      attribution: {},
      conventions: [],
    });
  });
});
