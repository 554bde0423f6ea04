// The same spans through the official protobuf and JSON serializers decode to the same DecodedTraces, with the
// values that were set (the otlp-transformer paired-test pattern).
import { describe, expect, it } from 'vitest';
import { SpanKind } from '@opentelemetry/api';
import { hex, readableSpan } from '@/tests/helpers/otel-spans';
import { jsonBody, protobufBody } from '@/tests/helpers/otlp-bodies';
import { decodeJsonTraces } from './decode-json';
import { decodeProtobufTraces } from './decode-protobuf';
import { encodeExportResponse, encodeStatus } from './encode-response';
import { summariseRejections, validateSpan } from './validate-span';

const traceId = hex(16);
const [root, child] = [hex(8), hex(8)];
const spans = [
  readableSpan({
    traceId, spanId: root, name: 'agent run', startMs: 1_763_800_000_000, durationMs: 2500, kind: SpanKind.SERVER,
    attributes: {
      s: 'text ✓', b: true, i: 42, neg: -7, big: 2 ** 53, d: 0.5, whole: 3,
      list: ['a', 'b'], nums: [1, 2.5], flags: [true, false],
    },
    resource: { 'service.version': '2.0.0' },
  }),
  readableSpan({
    traceId, spanId: child, parentSpanId: root, name: 'chat', startMs: 1_763_800_000_100, durationMs: 800, kind: SpanKind.CLIENT,
    error: 'rate limited',
    events: [{ name: 'exception', atMs: 1_763_800_000_800, attributes: { 'exception.type': 'RateLimitError' } }],
  }),
];

describe('paired decoders', () => {
  const fromProto = decodeProtobufTraces(protobufBody(spans));
  const fromJson = decodeJsonTraces(jsonBody(spans));

  it('decode the same request to the same spans', () => {
    expect(fromProto).toEqual(fromJson);
  });

  it('keep ids, times, kinds, status, resource and scope', () => {
    const [a, b] = fromProto.spans;
    expect(a).toMatchObject({ traceId, spanId: root, parentSpanId: '', name: 'agent run', kind: 2, flags: 257, statusCode: 0 });
    expect(a?.startTimeUnixNano).toBe(1_763_800_000_000_000_123n);
    expect(a?.endTimeUnixNano).toBe(1_763_800_002_500_000_456n);
    expect(a?.resource.attributes).toMatchObject({ 'service.name': 'checkout-api', 'service.version': '2.0.0' });
    expect(a?.scope).toMatchObject({ name: 'tokenmeter-tests', version: '1.0.0' });
    expect(b).toMatchObject({ parentSpanId: root, kind: 3, statusCode: 2, statusMessage: 'rate limited' });
    expect(b?.events).toEqual([
      { timeUnixNano: 1_763_800_000_800_000_000n, name: 'exception', attributes: { 'exception.type': 'RateLimitError' }, droppedAttributesCount: 0 },
    ]);
  });

  it('render every attribute type as documented', () => {
    expect({ ...fromProto.spans[0]?.attributes }).toEqual({
      s: 'text ✓', b: 'true', i: '42', neg: '-7', big: '9007199254740992', d: '0.5', whole: '3',
      list: '["a","b"]', nums: '[1,2.5]', flags: '[true,false]',
    });
  });
});

describe('JSON mapping details', () => {
  it('accepts enum names, snake_case names, int64 as numbers, and ignores unknown fields', () => {
    const body = JSON.stringify({
      resource_spans: [{
        resource: { attributes: [{ key: 'k', value: { kvlistValue: { values: [{ key: 'x', value: { intValue: 1 } }, { key: 'y', value: { bytesValue: 'AQI=' } }] } } }] },
        scope_spans: [{ spans: [{
          trace_id: 'AB'.repeat(16), span_id: 'CD'.repeat(8), name: 'n', kind: 'SPAN_KIND_CLIENT',
          start_time_unix_nano: 5, endTimeUnixNano: '6', status: { code: 'STATUS_CODE_ERROR' }, someFutureField: { a: 1 },
        }] }],
      }],
    });
    const [s] = decodeJsonTraces(body).spans;
    expect(s).toMatchObject({ traceId: 'ab'.repeat(16), spanId: 'cd'.repeat(8), kind: 3, statusCode: 2, startTimeUnixNano: 5n, endTimeUnixNano: 6n });
    expect(s?.resource.attributes.k).toBe('{"x":1,"y":"AQI="}');
  });

  it('renders non-finite doubles as the JSON mapping spells them', () => {
    // (The SDK's own JSON serializer writes NaN as null, which loses it; the mapping's form is the string "NaN".)
    const attrs = ['NaN', 'Infinity', '-Infinity'].map((d) => ({ key: d, value: { doubleValue: d } }));
    const [s] = decodeJsonTraces(JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [{ attributes: attrs }] }] }] })).spans;
    expect({ ...s?.attributes }).toEqual({ NaN: 'NaN', Infinity: 'Infinity', '-Infinity': '-Infinity' });
  });

  it('treats __proto__ as an ordinary attribute key', () => {
    const body = JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [{ attributes: [{ key: '__proto__', value: { stringValue: 'x' } }] }] }] }] });
    const [s] = decodeJsonTraces(body).spans;
    expect(Object.keys(s?.attributes ?? {})).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('validateSpan', () => {
  const base = decodeProtobufTraces(protobufBody(spans)).spans[1];
  if (!base) throw new Error('no span');
  it.each([
    [{ traceId: 'abc' }, 'invalid trace id'],
    [{ traceId: '0'.repeat(32) }, 'invalid trace id'],
    [{ spanId: 'zz'.repeat(8) }, 'invalid span id'],
    [{ parentSpanId: '12' }, 'invalid parent span id'],
    [{ startTimeUnixNano: 0n }, 'missing start time'],
    [{ endTimeUnixNano: 0n }, 'missing end time'],
    [{ endTimeUnixNano: 1n }, 'end before start'],
    [{ name: 'x'.repeat(5000) }, 'span name too long'],
    [{ links: [{ traceId: 'x', spanId: 'y', traceState: '', attributes: {}, droppedAttributesCount: 0, flags: 0 }] }, 'invalid link'],
  ])('rejects %o as %s', (change, reason) => {
    expect(validateSpan({ ...base, ...change })).toBe(reason);
  });
  it('accepts a good span and summarises reasons', () => {
    expect(validateSpan(base)).toBeUndefined();
    expect(summariseRejections(new Map([['invalid trace id', 2], ['end before start', 1]]))).toBe('3 spans rejected: 2 invalid trace id, 1 end before start');
  });
});

describe('responses', () => {
  it('encode ExportTraceServiceResponse and Status', () => {
    expect(encodeExportResponse('json')).toBe('{}');
    expect((encodeExportResponse('protobuf') as Uint8Array).length).toBe(0);
    expect(encodeExportResponse('json', { rejectedSpans: 3, errorMessage: 'x' })).toBe('{"partialSuccess":{"rejectedSpans":"3","errorMessage":"x"}}');
    // partial_success { rejected_spans: 3, error_message: "x" }
    expect([...(encodeExportResponse('protobuf', { rejectedSpans: 3, errorMessage: 'x' }) as Uint8Array)]).toEqual([0x0a, 0x05, 0x08, 0x03, 0x12, 0x01, 0x78]);
    expect([...(encodeStatus('protobuf', 3, 'bad') as Uint8Array)]).toEqual([0x08, 0x03, 0x12, 0x03, 0x62, 0x61, 0x64]);
    expect(JSON.parse(encodeStatus('json', 16, 'no key') as string)).toEqual({ code: 16, message: 'no key' });
  });
});
