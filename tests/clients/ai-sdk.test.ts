// The Vercel AI SDK (ai@6, @ai-sdk/openai) against a local OpenAI-compatible server, its telemetry exported by the
// official OTLP exporter to the real Tokenmeter: a tool-calling generateText and a streamText.
import { createOpenAI } from '@ai-sdk/openai';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { NodeTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { generateText, stepCountIs, streamText, tool } from 'ai';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { startMockOpenAi, type MockOpenAi } from '../helpers/mock-openai';
import { catalogCost, texts, waitForSpans } from '../helpers/read-api';
import { startServer, type ServerHandle } from '../helpers/server-process';
import { tempDir } from '../helpers/temp-dir';

let server: ServerHandle;
let mock: MockOpenAi;
let provider: NodeTracerProvider;
const tmp = tempDir('client-ai-sdk');

beforeAll(async () => {
  server = await startServer({ dataDir: tmp.dir });
  mock = await startMockOpenAi();
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': 'support-web' }),
    spanProcessors: [new SimpleSpanProcessor(new OTLPTraceExporter({ url: `${server.otlpUrl}/v1/traces`, headers: { Authorization: `Bearer ${server.apiKey}` } }))],
  });
  // As an application does: the context manager is what makes the SDK's spans one trace.
  provider.register();
});
afterAll(async () => {
  await provider.shutdown();
  await mock.close();
  await server.stop();
  tmp.cleanup();
});

const telemetry = (tracer: ReturnType<NodeTracerProvider['getTracer']>) => ({
  isEnabled: true,
  functionId: 'support-chat',
  metadata: { tenantId: 'acme', userId: 'u-1', sessionId: 's-1' },
  tracer,
});

it('records a tool-calling generateText: model, tokens, cost, messages, tool call, tenant/user/session, no double billing', async () => {
  const since = new Date();
  const openai = createOpenAI({ baseURL: mock.baseUrl, apiKey: 'test-key' });
  mock.usage = { prompt: 1200, completion: 80, cached: 400, reasoning: 0 };
  const result = await generateText({
    model: openai.chat('gpt-4o-mini'),
    prompt: 'Where is my order A-1001?',
    tools: { lookupOrder: tool({ description: 'Look up an order', inputSchema: z.object({ orderId: z.string() }), execute: async () => ({ status: 'shipped' }) }) },
    stopWhen: stepCountIs(3),
    experimental_telemetry: telemetry(provider.getTracer('ai')),
  });
  expect(result.text).toBe(mock.answer);
  await provider.forceFlush();

  const spans = await waitForSpans(server, since, (s) => s.filter((x) => x.name.startsWith('ai.generateText')).length >= 3);
  const calls = spans.filter((s) => s.attributes['ai.operationId'] === 'ai.generateText.doGenerate');
  expect(calls).toHaveLength(2);
  const outer = spans.find((s) => s.attributes['ai.operationId'] === 'ai.generateText');
  const toolSpan = spans.find((s) => s.attributes['ai.operationId'] === 'ai.toolCall');

  const expectedEach = catalogCost('gpt-4o-mini', { input: 1200, cached: 400, output: 80 });
  for (const call of calls) {
    expect(call).toMatchObject({ type: 'llm', provider: 'openai', model: 'gpt-4o-mini', costStatus: 'priced', billable: true });
    expect(call.usage).toMatchObject({ input: 1200, output: 80, cacheRead: 400 });
    expect(Math.abs(Number(call.cost?.total) - expectedEach)).toBeLessThan(1e-9);
    expect({ tenant: call.tenantId, user: call.userId, session: call.sessionId, feature: call.feature }).toEqual({ tenant: 'acme', user: 'u-1', session: 's-1', feature: 'support-chat' });
    expect(texts(call.input)).toContain('Where is my order A-1001?');
  }
  const first = calls.find((c) => c.toolCalls.length > 0);
  expect(first?.toolCalls[0]).toMatchObject({ name: 'lookupOrder', arguments: '{"orderId":"A-1001"}' });
  const second = calls.find((c) => c.toolCalls.length === 0);
  expect(texts(second?.output ?? [])).toContain(mock.answer);
  expect(toolSpan).toMatchObject({ type: 'tool' });
  expect(toolSpan?.toolCalls[0]?.name).toBe('lookupOrder');
  // The outer span repeats its children's usage: it is shown, not billed.
  expect(outer).toMatchObject({ type: 'chain', billable: false });
  const billed = spans.filter((s) => s.billable && s.traceId === outer?.traceId).reduce((sum, s) => sum + Number(s.cost?.total ?? 0), 0);
  expect(Math.abs(billed - 2 * expectedEach)).toBeLessThan(1e-9);
});

it('records a streamText with its time to first token and the usage chunk', async () => {
  const since = new Date();
  const openai = createOpenAI({ baseURL: mock.baseUrl, apiKey: 'test-key' });
  mock.usage = { prompt: 900, completion: 40, cached: 0, reasoning: 0 };
  const result = streamText({ model: openai.chat('gpt-4o-mini'), prompt: 'Say hello', experimental_telemetry: telemetry(provider.getTracer('ai')) });
  let text = '';
  for await (const delta of result.textStream) text += delta;
  expect(text).toBe(mock.answer);
  await provider.forceFlush();
  const spans = await waitForSpans(server, since, (s) => s.some((x) => x.attributes['ai.operationId'] === 'ai.streamText.doStream'));
  const call = spans.find((s) => s.attributes['ai.operationId'] === 'ai.streamText.doStream');
  expect(call).toMatchObject({ type: 'llm', provider: 'openai', model: 'gpt-4o-mini', costStatus: 'priced', tenantId: 'acme' });
  expect(call?.usage).toMatchObject({ input: 900, output: 40 });
  expect(call?.timeToFirstTokenMs).toBeGreaterThanOrEqual(0);
  expect(Math.abs(Number(call?.cost?.total) - catalogCost('gpt-4o-mini', { input: 900, cached: 0, output: 40 }))).toBeLessThan(1e-9);
  expect(texts(call?.output ?? [])).toContain(mock.answer);
});
