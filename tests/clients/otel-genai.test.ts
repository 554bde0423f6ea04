// Plain OpenTelemetry SDK spans with the current GenAI attributes, through the official OTLP exporters (JSON and
// protobuf), as a hand-instrumented application sends them.
import { context, trace } from '@opentelemetry/api';
import { OTLPTraceExporter as JsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogCost, texts, waitForSpans } from '../helpers/read-api';
import { startServer, type ServerHandle } from '../helpers/server-process';
import { tempDir } from '../helpers/temp-dir';

let server: ServerHandle;
const tmp = tempDir('client-otel-genai');

beforeAll(async () => {
  server = await startServer({ dataDir: tmp.dir });
});
afterAll(async () => {
  await server.stop();
  tmp.cleanup();
});

describe.each(['json', 'proto'] as const)('GenAI attributes over OTLP %s', (encoding) => {
  it('are read into model, tokens by kind, cost, messages and attribution', async () => {
    const since = new Date();
    const config = { url: `${server.otlpUrl}/v1/traces`, headers: { 'x-api-key': server.apiKey } };
    const provider = new BasicTracerProvider({
      resource: resourceFromAttributes({ 'service.name': 'billing-bot', 'deployment.environment.name': 'prod', 'service.version': '2.4.0' }),
      spanProcessors: [new SimpleSpanProcessor(encoding === 'json' ? new JsonExporter(config) : new ProtoExporter(config))],
    });
    const tracer = provider.getTracer('billing-bot');
    const conversation = `conv-${encoding}`;
    const root = tracer.startSpan('POST /invoice/explain', { attributes: { 'tenant.id': 'globex', 'app.feature': 'invoice-explainer' } });
    const span = tracer.startSpan(
      'chat gpt-4o',
      {
        attributes: {
          'gen_ai.operation.name': 'chat',
          'gen_ai.provider.name': 'openai',
          'gen_ai.request.model': 'gpt-4o',
          'gen_ai.response.model': 'gpt-4o-2024-08-06',
          'gen_ai.usage.input_tokens': 5000,
          'gen_ai.usage.cache_read.input_tokens': 2000,
          'gen_ai.usage.output_tokens': 600,
          'gen_ai.conversation.id': conversation,
          'user.id': 'u-42',
          'gen_ai.input.messages': JSON.stringify([{ role: 'user', parts: [{ type: 'text', content: 'Explain invoice INV-7' }] }]),
          'gen_ai.output.messages': JSON.stringify([{ role: 'assistant', parts: [{ type: 'text', content: 'It covers March usage.' }], finish_reason: 'stop' }]),
        },
      },
      trace.setSpan(context.active(), root),
    );
    span.end();
    root.end();
    await provider.forceFlush();
    await provider.shutdown();

    // Session, tenant and feature are the trace's: the root span shows the conversation id too, so find the call by name.
    const mine = (s: { sessionId: string | null }) => s.sessionId === conversation;
    const spans = await waitForSpans(server, since, (s) => s.filter(mine).length >= 2);
    const call = spans.find((s) => mine(s) && s.name === 'chat gpt-4o');
    expect(call).toMatchObject({ type: 'llm', provider: 'openai', model: 'gpt-4o-2024-08-06', costStatus: 'priced', userId: 'u-42' });
    expect(call?.usage).toMatchObject({ input: 5000, cacheRead: 2000, output: 600 });
    const expected = catalogCost('gpt-4o-2024-08-06', { input: 5000, cached: 2000, output: 600 });
    expect(Math.abs(Number(call?.cost?.total) - expected)).toBeLessThan(1e-9);
    expect(texts(call?.input ?? [])).toBe('Explain invoice INV-7');
    expect(texts(call?.output ?? [])).toBe('It covers March usage.');
    // The tenant and feature sit on the root span only: the call is theirs all the same.
    expect({ tenant: call?.tenantId, feature: call?.feature }).toEqual({ tenant: 'globex', feature: 'invoice-explainer' });
  });
});
