// Spans recorded by the real SDK, serialized by otlp-transformer's protobuf and JSON serializers, decode to the same
// DecodedTraces and to the values that were set (the opentelemetry-js otlp-transformer paired-test pattern).
import { describe, expect, it } from 'vitest';
import { createTraceState, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, TraceFlags, type Attributes } from '@opentelemetry/api';
import { JsonTraceSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { decodeJsonTraces } from './decode-json';
import { decodeProtobufTraces } from './decode-protobuf';
import type { DecodedTraces } from './types';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const REMOTE_PARENT = '00f067aa0ba902b7';
const LINKED_TRACE = '0af7651916cd43dd8448eb211c80319c';
const LINKED_SPAN = 'b7ad6b7169203331';
const T0 = 1_763_800_000; // seconds

function record(run: (tracer: ReturnType<BasicTracerProvider['getTracer']>) => void): ReadableSpan[] {
  const exporter = new InMemorySpanExporter();
  let n = 0;
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': 'checkout-api', 'host.cpus': 8, 'deploy.canary': true }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
    idGenerator: { generateTraceId: () => TRACE_ID, generateSpanId: () => `a1b2c3d4${(++n).toString(16).padStart(8, '0')}` },
  });
  run(provider.getTracer('llm-lib', '2.1.0'));
  return exporter.getFinishedSpans();
}

// The SDK refuses bytes and map attributes (the API types lack them) but the serializers encode both, so they are
// added to the finished spans, as are scope attributes (the tracer API has no way to set them).
function withExtras(spans: ReadableSpan[], extra: Record<string, unknown>): ReadableSpan[] {
  const scope = { name: 'llm-lib', version: '2.1.0', attributes: { 'scope.flag': true, 'scope.n': 1 } };
  return spans.map((s) =>
    Object.create(s, { attributes: { value: { ...s.attributes, ...extra } }, instrumentationScope: { value: scope } }) as ReadableSpan,
  );
}

function bothWays(spans: ReadableSpan[]): { proto: DecodedTraces; json: DecodedTraces } {
  const proto = ProtobufTraceSerializer.serializeRequest(spans);
  const json = JsonTraceSerializer.serializeRequest(spans);
  if (!proto || !json) throw new Error('serialisation failed');
  return { proto: decodeProtobufTraces(proto), json: decodeJsonTraces(json) };
}

const everyType: Attributes = {
  str: 'text ✓ "quoted"\n\u0001',
  empty: '',
  yes: true,
  no: false,
  int: 42,
  neg: -7,
  beyondDoubleSafe: 2 ** 53 + 2,
  large: 2 ** 62,
  min: -(2 ** 63),
  dbl: 0.1,
  small: -1.5e-7,
  strs: ['a', 'b'],
  nums: [1, 2.5],
  bools: [true, false],
  holes: ['x', null, 'y'],
};

const sdkSpans = withExtras(
  record((tracer) => {
    const remote = trace.setSpanContext(ROOT_CONTEXT, {
      traceId: TRACE_ID, spanId: REMOTE_PARENT, traceFlags: TraceFlags.SAMPLED, isRemote: true, traceState: createTraceState('vendor=abc'),
    });
    const root = tracer.startSpan('agent run', {
      kind: SpanKind.SERVER,
      startTime: [T0, 123_456_789],
      attributes: everyType,
      links: [{ context: { traceId: LINKED_TRACE, spanId: LINKED_SPAN, traceFlags: TraceFlags.NONE }, attributes: { 'link.why': 'retry', n: 2 } }],
    }, remote);
    root.addEvent('gen_ai.choice', { index: 0, finish: 'stop', scores: [0.5, 1] }, [T0, 500_000_001]);
    root.addEvent('no attributes', [T0 + 1, 0]);
    root.setStatus({ code: SpanStatusCode.ERROR, message: 'rate limited' });
    const parent = trace.setSpan(ROOT_CONTEXT, root);
    for (const kind of [SpanKind.INTERNAL, SpanKind.CLIENT, SpanKind.PRODUCER, SpanKind.CONSUMER]) {
      const child = tracer.startSpan(`child ${kind}`, { kind, startTime: [T0, 200_000_000 + kind] }, parent);
      if (kind === SpanKind.CLIENT) child.setStatus({ code: SpanStatusCode.OK });
      child.end([T0, 300_000_000 + kind]);
    }
    root.end([T0 + 2, 999_999_999]);
  }),
  { bytes: new Uint8Array([0, 1, 2, 250, 255]), obj: { model: 'gpt-4o', usage: { input: 10, output: 2.5 }, tags: ['a'], none: null } },
);

describe('SDK spans through both official serializers', () => {
  const { proto, json } = bothWays(sdkSpans);
  const root = proto.spans.find((s) => s.name === 'agent run');

  it('decode to the same DecodedTraces', () => {
    expect(proto.spans).toHaveLength(5);
    expect(proto).toEqual(json);
  });

  it('keep ids, trace state, flags and times as bigint nanoseconds', () => {
    expect(root).toMatchObject({
      traceId: TRACE_ID, spanId: 'a1b2c3d400000001', parentSpanId: REMOTE_PARENT, traceState: 'vendor=abc',
      flags: 0x301, // sampled | has-is-remote | is-remote (the parent is remote)
      startTimeUnixNano: 1_763_800_000_123_456_789n, endTimeUnixNano: 1_763_800_002_999_999_999n,
      droppedAttributesCount: 0, droppedEventsCount: 0, droppedLinksCount: 0,
    });
    const child = proto.spans.find((s) => s.name === `child ${SpanKind.CLIENT}`);
    expect(child).toMatchObject({ parentSpanId: 'a1b2c3d400000001', flags: 0x101, startTimeUnixNano: 1_763_800_000_200_000_002n });
  });

  it('map every span kind and status', () => {
    const byName = Object.fromEntries(proto.spans.map((s) => [s.name, [s.kind, s.statusCode, s.statusMessage]]));
    expect(byName).toEqual({
      'agent run': [2, 2, 'rate limited'],
      [`child ${SpanKind.INTERNAL}`]: [1, 0, ''],
      [`child ${SpanKind.CLIENT}`]: [3, 1, ''],
      [`child ${SpanKind.PRODUCER}`]: [4, 0, ''],
      [`child ${SpanKind.CONSUMER}`]: [5, 0, ''],
    });
  });

  it('render every attribute type as documented in types.ts', () => {
    expect({ ...root?.attributes }).toEqual({
      str: 'text ✓ "quoted"\n\u0001',
      empty: '',
      yes: 'true',
      no: 'false',
      int: '42',
      neg: '-7',
      beyondDoubleSafe: '9007199254740994',
      large: '4611686018427387904',
      min: '-9223372036854775808',
      dbl: '0.1',
      small: '-1.5e-7',
      strs: '["a","b"]',
      nums: '[1,2.5]',
      bools: '[true,false]',
      holes: '["x",null,"y"]',
      bytes: '"AAEC+v8="',
      obj: '{"model":"gpt-4o","usage":{"input":10,"output":2.5},"tags":["a"],"none":null}',
    });
  });

  it('keep events, links, resource and scope', () => {
    expect(root?.events).toEqual([
      { timeUnixNano: 1_763_800_000_500_000_001n, name: 'gen_ai.choice', attributes: { index: '0', finish: 'stop', scores: '[0.5,1]' }, droppedAttributesCount: 0 },
      { timeUnixNano: 1_763_800_001_000_000_000n, name: 'no attributes', attributes: {}, droppedAttributesCount: 0 },
    ]);
    expect(root?.links).toEqual([
      { traceId: LINKED_TRACE, spanId: LINKED_SPAN, traceState: '', attributes: { 'link.why': 'retry', n: '2' }, droppedAttributesCount: 0, flags: 0x100 },
    ]);
    expect(root?.resource.attributes).toMatchObject({ 'service.name': 'checkout-api', 'host.cpus': '8', 'deploy.canary': 'true' });
    expect(root?.scope).toEqual({ name: 'llm-lib', version: '2.1.0', attributes: { 'scope.flag': 'true', 'scope.n': '1' } });
    // Spans of one resource and scope share the decoded objects rather than copying them.
    expect(new Set(proto.spans.map((s) => s.resource)).size).toBe(1);
  });
});

describe('non-finite doubles', () => {
  const spans = record((tracer) => {
    tracer.startSpan('nan', { startTime: [T0, 1], attributes: { nan: NaN, inf: Infinity, ninf: -Infinity, arr: [1, NaN, -Infinity] } }).end([T0, 2]);
  });
  const { proto, json } = bothWays(spans);

  it('decode from protobuf as NaN / Infinity at the top level and as JSON strings when nested', () => {
    expect({ ...proto.spans[0]?.attributes }).toEqual({ nan: 'NaN', inf: 'Infinity', ninf: '-Infinity', arr: '[1,"NaN","-Infinity"]' });
  });

  it('are lost by the SDK JSON serializer, which writes them as null (an unset value), and nothing else differs', () => {
    expect({ ...json.spans[0]?.attributes }).toEqual({ nan: '', inf: '', ninf: '', arr: '[1,null,null]' });
    const strip = (d: DecodedTraces) => d.spans.map((s) => ({ ...s, attributes: {} }));
    expect(strip(proto)).toEqual(strip(json));
  });
});
