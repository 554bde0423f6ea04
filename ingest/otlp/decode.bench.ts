// Micro-benchmark of the two decoders (not a test): npx tsx ingest/otlp/decode.bench.ts
// 5,000 LLM-like spans with about 2 KB of string attributes each, encoded once by the official serializers.
import { SpanKind } from '@opentelemetry/api';
import { JsonTraceSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { decodeJsonTraces } from './decode-json';
import { decodeProtobufTraces } from './decode-protobuf';

const SPANS = 5_000;
const ROUNDS = 15;

function text(seed: number, length: number): string {
  const words = ['the', 'model', 'answered', 'with', 'a', 'summary', 'of', 'invoice', 'totals', 'for', 'tenant', 'acme', 'überprüft'];
  let s = '';
  for (let i = 0; s.length < length; i++) s += `${words[(seed + i * 7) % words.length]} `;
  return s.slice(0, length);
}

const exporter = new InMemorySpanExporter();
const tracer = new BasicTracerProvider({
  resource: resourceFromAttributes({ 'service.name': 'checkout-api', 'deployment.environment.name': 'prod', 'service.version': '1.4.2' }),
  spanProcessors: [new SimpleSpanProcessor(exporter)],
}).getTracer('openllmetry', '0.27.0');
for (let i = 0; i < SPANS; i++) {
  const span = tracer.startSpan('chat gpt-4o', {
    kind: SpanKind.CLIENT,
    attributes: {
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': 'openai',
      'gen_ai.request.model': 'gpt-4o',
      'gen_ai.response.model': 'gpt-4o-2024-08-06',
      'gen_ai.usage.input_tokens': 900 + (i % 300),
      'gen_ai.usage.output_tokens': 120 + (i % 50),
      'gen_ai.request.temperature': 0.2,
      'gen_ai.response.finish_reasons': ['stop'],
      'tenant.id': `tenant-${i % 40}`,
      'user.id': `user-${i % 700}`,
      'gen_ai.input.messages': JSON.stringify([{ role: 'user', parts: [{ type: 'text', content: text(i, 1150) }] }]),
      'gen_ai.output.messages': JSON.stringify([{ role: 'assistant', parts: [{ type: 'text', content: text(i + 3, 650) }], finish_reason: 'stop' }]),
    },
  });
  span.end();
}
const spans = exporter.getFinishedSpans();
const proto = ProtobufTraceSerializer.serializeRequest(spans) as Uint8Array;
const json = Buffer.from(JsonTraceSerializer.serializeRequest(spans) as Uint8Array);

function measure(name: string, bytes: number, decode: () => number): void {
  for (let i = 0; i < 3; i++) decode(); // warm-up: let the JIT settle
  const perRound: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    if (decode() !== SPANS) throw new Error('wrong span count');
    perRound.push(performance.now() - t);
  }
  perRound.sort((a, b) => a - b);
  const median = perRound[Math.floor(ROUNDS / 2)] as number;
  const best = perRound[0] as number;
  const mb = bytes / 1024 / 1024;
  console.log(
    `${name.padEnd(9)} ${mb.toFixed(1)} MB  median ${median.toFixed(1)} ms = ${Math.round(SPANS / (median / 1000)).toLocaleString('en')} spans/s ` +
      `(${(mb / (median / 1000)).toFixed(0)} MB/s); best ${Math.round(SPANS / (best / 1000)).toLocaleString('en')} spans/s`,
  );
}

console.log(`${SPANS} spans, ${Math.round(proto.length / SPANS)} B/span as protobuf, ${Math.round(json.length / SPANS)} B/span as JSON; node ${process.version}`);
measure('protobuf', proto.length, () => decodeProtobufTraces(proto).spans.length);
measure('json', json.length, () => decodeJsonTraces(json).spans.length);
