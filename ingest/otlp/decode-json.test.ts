// The JSON decoder: the protobuf JSON mapping's leniencies, parity with the protobuf decoder on values the SDK cannot
// produce, and type confusion refused with a message that says where.
import { describe, expect, it } from 'vitest';
import { decodeJsonTraces } from './decode-json';
import { decodeProtobufTraces } from './decode-protobuf';
import { ProtobufWriter } from './protobuf-writer';
import { OtlpDecodeError, type OtlpSpan } from './types';

const body = (span: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ resourceSpans: [{ resource: { attributes: [] }, scopeSpans: [{ scope: { name: 's' }, spans: [span] }] }], ...extra });

function only(json: string | Uint8Array): OtlpSpan {
  const spans = decodeJsonTraces(json).spans;
  expect(spans).toHaveLength(1);
  return spans[0] as OtlpSpan;
}

const attrs = (...kvs: { key: string; value?: unknown }[]) => ({ ...only(body({ attributes: kvs })).attributes });

describe('OTLP JSON mapping', () => {
  it('accepts proto field names, enum names, int64 as strings or numbers, and lower-cases ids', () => {
    const s = only(JSON.stringify({
      resource_spans: [{
        resource: { attributes: [{ key: 'service.name', value: { string_value: 'svc' } }], dropped_attributes_count: 2 },
        scope_spans: [{
          scope: { name: 'lib', version: '3' },
          spans: [{
            trace_id: '4BF92F3577B34DA6A3CE929D0E0E4736', span_id: '00F067AA0BA902B7', parent_span_id: 'AbCd', trace_state: 'x=1',
            name: 'n', kind: 'SPAN_KIND_CONSUMER', start_time_unix_nano: 1_763_800_000_000_000_000, end_time_unix_nano: '1763800000000000001',
            dropped_attributes_count: '3', dropped_events_count: 4, dropped_links_count: 5, flags: 257,
            status: { code: 'STATUS_CODE_OK', message: 'fine' },
            events: [{ time_unix_nano: '7', name: 'e', dropped_attributes_count: 1 }],
            links: [{ trace_id: 'FF', span_id: 'EE', trace_state: 't', flags: 1 }],
          }],
        }],
      }],
    }));
    expect(s).toMatchObject({
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', parentSpanId: 'abcd', traceState: 'x=1', kind: 5,
      startTimeUnixNano: 1_763_800_000_000_000_000n, endTimeUnixNano: 1_763_800_000_000_000_001n,
      droppedAttributesCount: 3, droppedEventsCount: 4, droppedLinksCount: 5, flags: 257, statusCode: 1, statusMessage: 'fine',
      resource: { attributes: { 'service.name': 'svc' }, droppedAttributesCount: 2 }, scope: { name: 'lib', version: '3', attributes: {} },
    });
    expect(s.events).toEqual([{ timeUnixNano: 7n, name: 'e', attributes: {}, droppedAttributesCount: 1 }]);
    expect(s.links).toEqual([{ traceId: 'ff', spanId: 'ee', traceState: 't', attributes: {}, droppedAttributesCount: 0, flags: 1 }]);
  });

  it('ignores unknown fields, treats null as unset and leaves absent times at 0n for the validator', () => {
    const s = only(body({ name: null, kind: null, futureField: { deep: [1] }, startTimeUnixNano: null, status: null, events: null }, { future: 1 }));
    expect(s).toMatchObject({ name: '', kind: 0, startTimeUnixNano: 0n, endTimeUnixNano: 0n, statusCode: 0, events: [] });
  });

  it('keeps ids of the wrong length or with non-hex text, lower-cased, for validateSpan to judge', () => {
    expect(only(body({ traceId: 'NOT-HEX', spanId: '' }))).toMatchObject({ traceId: 'not-hex', spanId: '' });
  });

  it('accepts a Uint8Array body and a UTF-8 byte-order mark', () => {
    expect(only(new TextEncoder().encode(`\ufeff${body({ name: 'ü' })}`)).name).toBe('ü');
  });

  it('keeps int64 strings exact and reads double strings, NaN and the infinities', () => {
    expect(attrs(
      { key: 'big', value: { intValue: '9007199254740993' } }, { key: 'min', value: { intValue: '-9223372036854775808' } },
      { key: 'num', value: { intValue: 12 } }, { key: 'd', value: { doubleValue: '2.50' } }, { key: 'two', value: { doubleValue: 2 } },
      { key: 'nan', value: { doubleValue: 'NaN' } }, { key: 'list', value: { arrayValue: { values: [{ doubleValue: '-Infinity' }, {}] } } },
    )).toEqual({ big: '9007199254740993', min: '-9223372036854775808', num: '12', d: '2.5', two: '2', nan: 'NaN', list: '["-Infinity",null]' });
  });

  it('canonicalises base64url and unpadded bytesValue to the base64 the protobuf decoder produces', () => {
    expect(attrs({ key: 'b', value: { bytesValue: '-_8' } }, { key: 'c', value: { bytes_value: '+/8=' } })).toEqual({ b: '"+/8="', c: '"+/8="' });
  });
});

describe('parity with the protobuf decoder on hand-built values', () => {
  it('renders every AnyValue type identically', () => {
    const w = () => new ProtobufWriter();
    const any = (f: (x: ProtobufWriter) => ProtobufWriter) => f(w());
    const kv = (k: string, v: ProtobufWriter) => w().string(1, k).message(2, v);
    const protoAttrs: [string, ProtobufWriter][] = [
      ['s', any((x) => x.string(1, 'tab\there'))], ['b', any((x) => x.varint(2, 1))], ['i', any((x) => x.varint(3, 9007199254740993n))],
      ['neg', any((x) => x.varint(3, -42))], ['d', any((x) => x.double(4, 1e-7))], ['nan', any((x) => x.double(4, NaN))],
      ['bytes', any((x) => x.bytesField(7, new Uint8Array([1, 2, 3])))], ['empty', w()],
      ['arr', any((x) => x.message(5, w().message(1, any((y) => y.double(4, Infinity))).message(1, w()).message(1, any((y) => y.string(1, 'q"')))))],
      ['map', any((x) => x.message(6, w().message(1, kv('a', any((y) => y.varint(3, 1)))).message(1, kv('n', any((y) => y.message(5, w())))).message(1, kv('a', any((y) => y.varint(2, 0))))))],
    ];
    const span = protoAttrs.reduce((s, [k, v]) => s.message(9, kv(k, v)), w().string(5, 'n'));
    const proto = decodeProtobufTraces(w().message(1, w().message(1, w()).message(2, w().message(1, w().string(1, 's')).message(2, span))).finish());
    const json = decodeJsonTraces(body({
      name: 'n',
      attributes: [
        { key: 's', value: { stringValue: 'tab\there' } }, { key: 'b', value: { boolValue: true } }, { key: 'i', value: { intValue: '9007199254740993' } },
        { key: 'neg', value: { intValue: -42 } }, { key: 'd', value: { doubleValue: 1e-7 } }, { key: 'nan', value: { doubleValue: 'NaN' } },
        { key: 'bytes', value: { bytesValue: 'AQID' } }, { key: 'empty', value: {} },
        { key: 'arr', value: { arrayValue: { values: [{ doubleValue: 'Infinity' }, {}, { stringValue: 'q"' }] } } },
        { key: 'map', value: { kvlistValue: { values: [{ key: 'a', value: { intValue: 1 } }, { key: 'n', value: { arrayValue: {} } }, { key: 'a', value: { boolValue: false } }] } } },
      ],
    }));
    expect(json).toEqual(proto);
    expect({ ...json.spans[0]?.attributes }).toEqual({
      s: 'tab\there', b: 'true', i: '9007199254740993', neg: '-42', d: '1e-7', nan: 'NaN', bytes: '"AQID"', empty: '',
      arr: '["Infinity",null,"q\\""]', map: '{"a":false,"n":[]}',
    });
  });
});

describe('refused bodies', () => {
  const refuse = (text: string, message: RegExp) => {
    const run = () => decodeJsonTraces(text);
    expect(run).toThrow(OtlpDecodeError);
    expect(run).toThrow(message);
  };

  it('refuses what is not a JSON object', () => {
    refuse('', /not valid JSON/);
    refuse('{"resourceSpans": [', /not valid JSON/);
    for (const top of ['[]', '42', '"x"', 'null', 'true']) refuse(top, /the body must be a JSON object/);
  });

  it('refuses type confusion at the request level', () => {
    refuse('{"resourceSpans":"x"}', /resourceSpans must be an array, got "x"/);
    refuse('{"resourceSpans":[1]}', /resourceSpans\[0\] must be an object, got 1/);
    refuse('{"resourceSpans":[{"scopeSpans":{}}]}', /resourceSpans\[0\]\.scopeSpans must be an array, got an object/);
    refuse('{"resourceSpans":[{"scopeSpans":[{"spans":[7]}]}]}', /resourceSpans\[0\]\.scopeSpans\[0\]\.spans\[0\]: a span must be an object, got 7/);
    refuse('{"resourceSpans":[{"resource":{"attributes":{}}}]}', /resourceSpans\[0\]\.resource: attributes must be an array/);
  });

  it('refuses wrong types inside a span, saying which span and field', () => {
    const where = /resourceSpans\[0\]\.scopeSpans\[0\]\.spans\[0\]: /;
    refuse(body({ startTimeUnixNano: 'abc' }), where);
    refuse(body({ startTimeUnixNano: 'abc' }), /startTimeUnixNano must be an integer from 0 to 18446744073709551615/);
    refuse(body({ endTimeUnixNano: -1 }), /endTimeUnixNano must be an integer/);
    refuse(body({ startTimeUnixNano: 1.5 }), /startTimeUnixNano/);
    refuse(body({ traceId: 12 }), /traceId must be a string, got 12/);
    refuse(body({ name: ['x'] }), /name must be a string, got an array/);
    refuse(body({ kind: 'SPAN_KIND_NOPE' }), /kind must be an integer/);
    refuse(body({ flags: 2 ** 32 }), /flags must be an integer from 0 to 4294967295/);
    refuse(body({ status: 'ERROR' }), /status must be an object/);
    refuse(body({ events: [null] }), /an event must be an object, got null/);
    refuse(body({ links: {} }), /links must be an array/);
  });

  it('refuses wrong attribute value types, naming the attribute', () => {
    refuse(body({ attributes: [{ key: 'k', value: { intValue: 'many' } }] }), /attribute "k": intValue must be an integer/);
    refuse(body({ attributes: [{ key: 'k', value: { intValue: '9223372036854775808' } }] }), /attribute "k": intValue/);
    refuse(body({ attributes: [{ key: 'k', value: { boolValue: 'true' } }] }), /boolValue must be true or false/);
    refuse(body({ attributes: [{ key: 'k', value: { doubleValue: 'fast' } }] }), /doubleValue must be a number/);
    refuse(body({ attributes: [{ key: 'k', value: 'v' }] }), /an AnyValue must be an object, got "v"/);
    refuse(body({ attributes: [{ key: 5, value: {} }] }), /an attribute key must be a string/);
    refuse(body({ attributes: [{ key: 'k', value: { arrayValue: { values: 'x' } } }] }), /arrayValue.values must be an array/);
  });

  it('refuses attribute values nested more than 64 levels deep', () => {
    let v: unknown = { stringValue: 'x' };
    for (let i = 0; i < 64; i++) v = { arrayValue: { values: [v] } };
    expect(attrs({ key: 'k', value: v }).k).toBe(`${'['.repeat(64)}"x"${']'.repeat(64)}`);
    refuse(body({ attributes: [{ key: 'k', value: { kvlistValue: { values: [{ key: 'deeper', value: v }] } } }] }), /nested deeper than 64/);
  });

  it('refuses bodies that decode to far more memory than they take on the wire', () => {
    refuse(`{"resourceSpans":[{"scopeSpans":[{"spans":[${new Array(200_000).fill('{}').join(',')}]}]}]}`, /too many/);
  });
});
