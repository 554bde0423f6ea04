// The protobuf decoder on hand-built bodies: exact int64s, rendering corner cases, wire-format leniency (unknown
// fields, field order) and the malformed inputs it must refuse with OtlpDecodeError.
import { describe, expect, it } from 'vitest';
import { decodeProtobufTraces } from './decode-protobuf';
import { ProtobufWriter } from './protobuf-writer';
import { OtlpDecodeError, type OtlpSpan } from './types';

const w = () => new ProtobufWriter();
const kv = (key: string, value?: ProtobufWriter) => (value ? w().string(1, key).message(2, value) : w().string(1, key));
const str = (s: string) => w().string(1, s);
const int = (n: bigint | number) => w().varint(3, n);
const dbl = (d: number) => w().double(4, d);
const arr = (...items: ProtobufWriter[]) => w().message(5, items.reduce((a, i) => a.message(1, i), w()));
const kvlist = (...entries: ProtobufWriter[]) => w().message(6, entries.reduce((a, e) => a.message(1, e), w()));

function request(span: ProtobufWriter): Uint8Array {
  return w().message(1, w().message(2, w().message(2, span))).finish();
}

function attrsOf(...kvs: ProtobufWriter[]): Record<string, string> {
  const span = kvs.reduce((s, k) => s.message(9, k), w());
  return { ...decodeProtobufTraces(request(span)).spans[0]?.attributes };
}

function only(body: Uint8Array): OtlpSpan {
  const spans = decodeProtobufTraces(body).spans;
  expect(spans).toHaveLength(1);
  return spans[0] as OtlpSpan;
}

describe('attribute values', () => {
  it('keeps int64 exact across the whole range', () => {
    expect(attrsOf(kv('a', int(9007199254740993n)), kv('b', int(-1)), kv('c', int((1n << 63n) - 1n)), kv('d', int(-(1n << 63n))), kv('e', int(0)))).toEqual({
      a: '9007199254740993', b: '-1', c: '9223372036854775807', d: '-9223372036854775808', e: '0',
    });
  });

  it('renders doubles as JSON numbers, non-finite ones bare at the top level and as JSON strings when nested', () => {
    expect(attrsOf(kv('two', dbl(2)), kv('half', dbl(0.5)), kv('negzero', dbl(-0)), kv('huge', dbl(1e21)), kv('nan', dbl(NaN)), kv('inf', dbl(-Infinity)), kv('list', arr(dbl(NaN), dbl(Infinity), dbl(1.25))))).toEqual({
      two: '2', half: '0.5', negzero: '0', huge: '1e+21', nan: 'NaN', inf: '-Infinity', list: '["NaN","Infinity",1.25]',
    });
  });

  it('renders empty values as "" at the top level and null when nested; a missing value is empty', () => {
    expect(attrsOf(kv('empty', w()), kv('missing'), kv('list', arr(w(), str('x'))), kv('map', kvlist(kv('k'), kv('j', w()))))).toEqual({
      empty: '', missing: '', list: '[null,"x"]', map: '{"k":null,"j":null}',
    });
  });

  it('renders bools (any non-zero varint is true), bytes as base64 and strings as JSON when nested', () => {
    const bool = (n: bigint) => w().varint(2, n);
    expect(attrsOf(kv('t', bool(1n)), kv('wide', bool(1n << 63n)), kv('f', bool(0n)), kv('b', w().bytesField(7, new Uint8Array([0xfb, 0xff]))), kv('s', arr(str('a"b\\c\n'))))).toEqual({
      t: 'true', wide: 'true', f: 'false', b: '"+/8="', s: '["a\\"b\\\\c\\n"]',
    });
  });

  it('lets the last duplicate key win, in attributes and in kvlists, and the last oneof member win', () => {
    expect(attrsOf(kv('k', str('first')), kv('k', str('second')), kv('m', kvlist(kv('x', int(1)), kv('y', int(2)), kv('x', int(3)))), kv('o', str('s').varint(3, 5)))).toEqual({
      k: 'second', m: '{"x":3,"y":2}', o: '5',
    });
  });

  it('keeps "__proto__" as an ordinary key', () => {
    const attrs = only(request(w().message(9, kv('__proto__', str('x'))))).attributes;
    expect(Object.keys(attrs)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(attrs)).toBe(Object.prototype);
  });

  it('accepts 64 levels of nesting and refuses 65', () => {
    const nest = (levels: number) => {
      let v = str('leaf');
      for (let i = 0; i < levels; i++) v = arr(v);
      return v;
    };
    expect(attrsOf(kv('deep', nest(64))).deep).toBe(`${'['.repeat(64)}"leaf"${']'.repeat(64)}`);
    expect(() => attrsOf(kv('deep', nest(65)))).toThrow(/nested deeper than 64/);
  });

  it('replaces invalid UTF-8 instead of failing', () => {
    const bad = w().raw([0x0a, 0x03, 0x61, 0xff, 0x62]); // string_value "a\xffb"
    expect(attrsOf(kv('k', bad)).k).toBe('a\ufffdb');
  });
});

describe('span fields', () => {
  it('turns ids of any length into lower-case hex and reads fixed64 times, fixed32 flags and negative enums', () => {
    const span = w()
      .bytesField(1, new Uint8Array([0xab, 0xcd, 0xef]))
      .bytesField(2, new Uint8Array(8).fill(0xfe))
      .bytesField(4, new Uint8Array([]))
      .string(5, 'op')
      .varint(6, -1)
      .fixed64(7, (1n << 64n) - 1n)
      .fixed64(8, 1n)
      .fixed32(16, 0xffffffff)
      .message(15, w().string(2, 'bad').varint(3, 2));
    expect(only(request(span))).toMatchObject({
      traceId: 'abcdef', spanId: 'fefefefefefefefe', parentSpanId: '', name: 'op', kind: -1,
      startTimeUnixNano: 18446744073709551615n, endTimeUnixNano: 1n, flags: 0xffffffff, statusCode: 2, statusMessage: 'bad',
    });
  });

  it('skips unknown fields of every wire type at every level', () => {
    const unknown = () => w().varint(99, 5).fixed64(98, 1n).string(97, 'x').fixed32(96, 7);
    const span = unknown().string(5, 'n').message(9, kv('k', unknown().raw(str('v').finish())).raw(unknown().finish())).message(11, unknown().string(2, 'e'));
    const body = w().raw(unknown().finish())
      .message(1, unknown().message(2, unknown().message(1, unknown().string(1, 'scope')).message(2, span)).string(3, 'schema'))
      .finish();
    const s = only(body);
    expect(s).toMatchObject({ name: 'n', attributes: { k: 'v' }, scope: { name: 'scope' } });
    expect(s.events[0]?.name).toBe('e');
  });

  it('finds the resource and scope wherever they appear in their message, and shares them between spans', () => {
    const resource = w().message(1, kv('service.name', str('svc')));
    const scopeSpans = w().message(2, w().string(5, 'a')).message(2, w().string(5, 'b')).message(1, w().string(1, 'lib').string(2, '1.0'));
    const body = w().message(1, w().message(2, scopeSpans).message(1, resource)).finish();
    const [a, b] = decodeProtobufTraces(body).spans;
    expect(a?.resource.attributes).toEqual({ 'service.name': 'svc' });
    expect(a?.scope).toEqual({ name: 'lib', version: '1.0', attributes: {} });
    expect(b?.resource).toBe(a?.resource);
    expect(b?.scope).toBe(a?.scope);
  });

  it('decodes an empty body and empty messages', () => {
    expect(decodeProtobufTraces(new Uint8Array())).toEqual({ spans: [] });
    expect(only(request(w()))).toMatchObject({ traceId: '', startTimeUnixNano: 0n, kind: 0, resource: { attributes: {} }, scope: { name: '' } });
  });
});

describe('malformed bodies', () => {
  const refuse = (bytes: number[] | Uint8Array, message: RegExp) => {
    const run = () => decodeProtobufTraces(Uint8Array.from(bytes));
    expect(run).toThrow(OtlpDecodeError);
    expect(run).toThrow(message);
  };

  it('refuses groups and wire types 6 and 7', () => {
    // Field 2 is unknown in ExportTraceServiceRequest, so these reach the skipping code.
    refuse([0x13], /groups/);
    refuse([0x14], /groups/);
    refuse([0x16], /invalid wire type 6/);
    refuse([0x17], /invalid wire type 7/);
    refuse([0x0b], /resource_spans has wire type group start/);
  });

  it('refuses truncation, lengths past the end, over-long varints and field number 0', () => {
    refuse([0x0a, 0x80], /truncated varint/);
    refuse([0x0a, 0x05, 0x00], /length past the end/);
    refuse([0x0a, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01], /length past the end/);
    refuse([0x10, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01], /varint longer than 10 bytes/);
    refuse([0x02, 0x00], /field number 0/);
    refuse(request(w().raw([0x39, 0x01, 0x02])), /truncated fixed64/); // start_time with 2 of 8 bytes
    refuse(request(w().raw([0x85, 0x01, 0x01])), /truncated fixed32/); // flags with 1 of 4 bytes
  });

  it('refuses a known field sent with the wrong wire type, naming it', () => {
    refuse([0x08, 0x01], /resource_spans has wire type varint, expected length-delimited/);
    refuse(request(w().varint(5, 3)), /Span.name has wire type varint/);
    refuse(request(w().string(7, 'soon')), /Span.start_time_unix_nano has wire type length-delimited, expected fixed64/);
  });

  it('refuses a length that overruns its enclosing message even when the body has room', () => {
    // A span whose name claims 10 bytes inside a 3-byte span, followed by a 20-byte schema_url that would satisfy it.
    const body = w().message(1, w().message(2, w().raw([0x12, 0x03, 0x2a, 0x0a, 0x61]).string(3, 'a'.repeat(20)))).finish();
    refuse(body, /length past the end/);
  });

  it('refuses bodies that decode to far more memory than they take on the wire', () => {
    const emptySpans = new Uint8Array(400_000).fill(0).map((_, i) => (i % 2 === 0 ? 0x12 : 0x00));
    refuse(w().message(1, w().message(2, w().raw(emptySpans))).finish(), /too many/);
  });
});
