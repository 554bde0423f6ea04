// Bounded, seeded fuzzing of both decoders: every input decodes or throws OtlpDecodeError; nothing else, no hang.
import { describe, expect, it } from 'vitest';
import { hex, readableSpan } from '@/tests/helpers/otel-spans';
import { jsonBody, protobufBody } from '@/tests/helpers/otlp-bodies';
import { decodeJsonTraces } from './decode-json';
import { decodeProtobufTraces } from './decode-protobuf';
import { OtlpDecodeError } from './types';

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function decodesOrRefuses(run: () => unknown, label: string): 'ok' | 'refused' {
  try {
    run();
    return 'ok';
  } catch (err) {
    expect(err, label).toBeInstanceOf(OtlpDecodeError);
    return 'refused';
  }
}

const sample = Array.from({ length: 3 }, (_, i) =>
  readableSpan({ traceId: hex(16), spanId: hex(8), name: `s${i}`, startMs: 1_763_800_000_000, durationMs: 5, attributes: { k: 'v', n: i, a: ['x', 'y'], b: [1, 2], nested: 'y' } }),
);
const proto = protobufBody(sample);
const json = jsonBody(sample);

describe('protobuf decoder fuzzing', () => {
  it('handles every truncation', () => {
    for (let n = 0; n < proto.length; n++) decodesOrRefuses(() => decodeProtobufTraces(proto.subarray(0, n)), `truncated at ${n}`);
  });

  it('handles bit flips and random bytes', () => {
    const rand = mulberry32(1);
    for (let i = 0; i < 2000; i++) {
      const bytes = proto.slice();
      for (let f = 0; f < 1 + Math.floor(rand() * 6); f++) {
        const at = Math.floor(rand() * bytes.length);
        bytes[at] = (bytes[at] as number) ^ (1 << Math.floor(rand() * 8));
      }
      decodesOrRefuses(() => decodeProtobufTraces(bytes), `flip case ${i}`);
      const noise = new Uint8Array(Math.floor(rand() * 200)).map(() => Math.floor(rand() * 256));
      decodesOrRefuses(() => decodeProtobufTraces(noise), `noise case ${i}`);
    }
  });

  it('refuses wrong wire types, huge lengths, over-long varints and deep nesting', () => {
    expect(() => decodeProtobufTraces(new Uint8Array([0x0b]))).toThrow(OtlpDecodeError); // group start
    expect(() => decodeProtobufTraces(new Uint8Array([0x08, 0x01]))).toThrow(/wire type/); // resource_spans sent as a varint
    expect(() => decodeProtobufTraces(new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]))).toThrow(/length past the end/);
    expect(() => decodeProtobufTraces(new Uint8Array([0x10, ...Array(11).fill(0xff)]))).toThrow(/varint/);
    // AnyValue { array_value { values { array_value { ... } } } } nested 100,000 times.
    let inner = new Uint8Array(0);
    const wrap = (field: number, payload: Uint8Array) => {
      const len: number[] = [];
      let v = payload.length;
      while (v > 0x7f) { len.push((v & 0x7f) | 0x80); v >>>= 7; }
      len.push(v);
      const out = new Uint8Array(1 + len.length + payload.length);
      out[0] = (field << 3) | 2;
      out.set(len, 1);
      out.set(payload, 1 + len.length);
      return out;
    };
    for (let d = 0; d < 100; d++) inner = wrap(5, wrap(1, inner));
    const kv = wrap(9, new Uint8Array([...wrap(1, new TextEncoder().encode('k')), ...wrap(2, inner)]));
    const body = wrap(1, wrap(2, wrap(2, kv)));
    expect(() => decodeProtobufTraces(body)).toThrow(/nested deeper/);
  });

  it('keeps a huge string intact', () => {
    const big = 'x'.repeat(5_000_000);
    const body = protobufBody([readableSpan({ traceId: hex(16), spanId: hex(8), name: 'big', startMs: 1, durationMs: 1, attributes: { big } })]);
    expect(decodeProtobufTraces(body).spans[0]?.attributes.big).toHaveLength(5_000_000);
  });
});

describe('JSON decoder fuzzing', () => {
  it('handles truncations and type confusion', () => {
    const rand = mulberry32(2);
    for (let n = 0; n < json.length; n += 7) decodesOrRefuses(() => decodeJsonTraces(json.slice(0, n)), `truncated at ${n}`);
    const replacements = ['null', '1', '-1.5', '"x"', '[]', '{}', 'true', '"ffff"', '[[[]]]'];
    for (let i = 0; i < 1500; i++) {
      // Replace a random JSON value (after a colon) with a value of another type.
      const colons = [...json.matchAll(/:/g)].map((m) => m.index as number);
      const at = colons[Math.floor(rand() * colons.length)] as number;
      const end = json.slice(at + 1).search(/[,}\]]/) + at + 1;
      const mutated = `${json.slice(0, at + 1)}${replacements[Math.floor(rand() * replacements.length)]}${json.slice(end)}`;
      decodesOrRefuses(() => decodeJsonTraces(mutated), `confusion case ${i}`);
    }
  });

  it('refuses deeply nested JSON and non-objects', () => {
    expect(() => decodeJsonTraces('['.repeat(100_000) + ']'.repeat(100_000))).toThrow(OtlpDecodeError);
    let value = '{"stringValue":"x"}';
    for (let d = 0; d < 100; d++) value = `{"arrayValue":{"values":[${value}]}}`;
    const body = `{"resourceSpans":[{"scopeSpans":[{"spans":[{"attributes":[{"key":"k","value":${value}}]}]}]}]}`;
    expect(() => decodeJsonTraces(body)).toThrow(/nested/);
    for (const bad of ['', '42', '"str"', 'null', '[]', '{"resourceSpans":"x"}', '{"resourceSpans":[1]}']) {
      expect(() => decodeJsonTraces(bad), bad).toThrow(OtlpDecodeError);
    }
  });
});
