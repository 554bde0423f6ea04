// OpenLLMetry's own SDK (@traceloop/node-server-sdk, instrumenting openai@6) pointed at Tokenmeter: it sends
// protobuf to {baseUrl}/v1/traces with a Bearer key. A workflow with association properties, a tool-calling chat
// call and a streaming call. (Its 0.27 OpenAI instrumentation sent no span for embeddings here; the OpenInference
// test covers embeddings.)
import * as traceloop from '@traceloop/node-server-sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startMockOpenAi, type MockOpenAi } from '../helpers/mock-openai';
import { catalogCost, texts, waitForSpans } from '../helpers/read-api';
import { startServer, type ServerHandle } from '../helpers/server-process';
import { tempDir } from '../helpers/temp-dir';

let server: ServerHandle;
let mock: MockOpenAi;
const tmp = tempDir('client-traceloop');

beforeAll(async () => {
  server = await startServer({ dataDir: tmp.dir });
  mock = await startMockOpenAi();
  traceloop.initialize({
    appName: 'support-agent',
    baseUrl: server.otlpUrl,
    apiKey: server.apiKey,
    disableBatch: true,
    traceloopSyncEnabled: false,
    silenceInitializationMessage: true,
    instrumentModules: { openAI: OpenAI },
  });
});
afterAll(async () => {
  await mock.close();
  await server.stop();
  tmp.cleanup();
});

it('records chat with a tool call and streaming for the associated customer, user and session', async () => {
  const since = new Date();
  const client = new OpenAI({ baseURL: mock.baseUrl, apiKey: 'test-key' });
  mock.usage = { prompt: 1500, completion: 60, cached: 500, reasoning: 0 };
  await traceloop.withAssociationProperties({ customer_id: 'acme', user_id: 'u-1', session_id: 's-1' }, () =>
    traceloop.withWorkflow({ name: 'order-help' }, async () => {
      const first = await client.chat.completions.create({
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: 'Where is order A-1001?' }],
        tools: [{ type: 'function', function: { name: 'lookupOrder', parameters: { type: 'object', properties: { orderId: { type: 'string' } } } } }],
      });
      expect(first.choices[0]?.message.tool_calls?.[0]?.id).toBe('call_mock_1');
      const stream = await client.chat.completions.create({
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: 'Say it nicely' }],
        stream: true,
        stream_options: { include_usage: true },
      });
      for await (const chunk of stream) void chunk;
    }),
  );
  await traceloop.forceFlush();

  const spans = await waitForSpans(server, since, (s) => s.filter((x) => x.type === 'llm').length >= 2 && s.some((x) => x.type === 'chain'));
  const chats = spans.filter((s) => s.type === 'llm');
  expect(chats).toHaveLength(2);
  for (const chat of chats) {
    expect(chat).toMatchObject({ provider: 'openai', model: 'gpt-4o-mini', costStatus: 'priced', billable: true, tenantId: 'acme', userId: 'u-1', sessionId: 's-1' });
  }
  const withTool = chats.find((c) => c.toolCalls.length > 0);
  // OpenLLMetry 0.27's OpenAI instrumentation does not report cached tokens (no cache attribute on the span): all
  // 1,500 input tokens are billed at the input price, as the emitter described the call.
  expect(withTool?.usage).toMatchObject({ input: 1500, output: 60, cacheRead: 0 });
  expect(Math.abs(Number(withTool?.cost?.total) - catalogCost('gpt-4o-mini', { input: 1500, cached: 0, output: 60 }))).toBeLessThan(1e-9);
  expect(texts(withTool?.input ?? [])).toContain('Where is order A-1001?');
  expect(withTool?.toolCalls[0]).toMatchObject({ name: 'lookupOrder', arguments: '{"orderId":"A-1001"}' });
  const streamed = chats.find((c) => c.toolCalls.length === 0);
  expect(texts(streamed?.output ?? [])).toContain(mock.answer);
  // For a stream, OpenLLMetry 0.27 reports its own token count of the text, not the server's usage chunk; what it
  // reported is what is stored and priced.
  const sent = { input: Number(streamed?.attributes['gen_ai.usage.input_tokens']), output: Number(streamed?.attributes['gen_ai.usage.output_tokens']) };
  expect(streamed?.usage).toMatchObject(sent);
  expect(Math.abs(Number(streamed?.cost?.total) - catalogCost('gpt-4o-mini', { ...sent, cached: 0 }))).toBeLessThan(1e-9);

  // The workflow span carries no usage of its own and is not billed.
  const workflow = spans.find((s) => s.name.startsWith('order-help'));
  expect(workflow).toMatchObject({ type: 'chain', billable: false, feature: 'order-help' });
});
