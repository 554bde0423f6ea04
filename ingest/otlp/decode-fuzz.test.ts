// Seeded, bounded fuzzing of both decoders: every input either decodes or throws OtlpDecodeError, never anything
// else, and never hangs (each block runs under a time limit far below vitest's).
import { describe, expect, it } from 'vitest';
import { SpanKind, SpanStatusCode, TraceFlags } from '@opentelemetry/api';
import { JsonTraceSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { decodeJsonTraces } from './decode-json';
import { decodeProtobufTraces } from './decode-protobuf';
import { OtlpDecodeError } from './types';

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs every case; fails the test on the first error that is not an OtlpDecodeError. Returns [decoded, refused]. */
function fuzz<T>(cases: Iterable<T>, decode: (input: T) => unknown): [number, number] {
  let ok = 0;
  let refused = 0;
  for (const input of cases) {
    try {
      const out = decode(input) as { spans: unknown[] };
      expect(Array.isArray(out.spans)).toBe(true);
      ok++;
    } catch (err) {
      if (!(err instanceof OtlpDecodeError)) throw new Error(`case ${ok + refused} threw ${String(err)}`, { cause: err });
      refused++;
    }
  }
  return [ok, refused];
}

function* times<T>(n: number, make: (i: number) => T): Generator<T> {
  for (let i = 0; i < n; i++) yield make(i);
}

const exporter = new InMemorySpanExporter();
const tracer = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer('fuzz', '1');
for (let i = 0; i < 3; i++) {
  const span = tracer.startSpan(`span ${i}`, {
    kind: SpanKind.CLIENT,
    attributes: { s: 'text', n: i - 1, big: 2 ** 60, d: 0.25, b: true, arr: ['a', 'b'], nums: [1, 2.5] },
    links: [{ context: { traceId: 'ab'.repeat(16), spanId: 'cd'.repeat(8), traceFlags: TraceFlags.SAMPLED }, attributes: { l: 1 } }],
  });
  span.addEvent('ev', { k: 'v' });
  span.setStatus({ code: SpanStatusCode.ERROR, message: 'no' });
  span.end();
}
const proto = ProtobufTraceSerializer.serializeRequest(exporter.getFinishedSpans()) as Uint8Array;
const json = new TextDecoder().decode(JsonTraceSerializer.serializeRequest(exporter.getFinishedSpans()));

function varint(n: bigint): number[] {
  const out: number[] = [];
  let v = n;
  while (v > 0x7fn) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}

/** AnyValue{array_value{values{AnyValue{...}}}} `depth` times, built outside-in in one pass (no quadratic copying). */
function nestedArrays(depth: number): Uint8Array {
  const anyLen: number[] = [0]; // anyLen[k]: size of the AnyValue with k levels inside it
  const arrLen: number[] = [0];
  for (let k = 1; k <= depth; k++) {
    const inner = anyLen[k - 1] as number;
    arrLen[k] = 1 + varint(BigInt(inner)).length + inner;
    anyLen[k] = 1 + varint(BigInt(arrLen[k] as number)).length + (arrLen[k] as number);
  }
  const bytes: number[] = [];
  for (let k = depth; k >= 1; k--) bytes.push(0x2a, ...varint(BigInt(arrLen[k] as number)), 0x0a, ...varint(BigInt(anyLen[k - 1] as number)));
  const value = Uint8Array.from(bytes);
  // Request{resource_spans{scope_spans{spans{attributes{key "k", value <value>}}}}}
  const wrap = (tag: number, payload: Uint8Array) => Uint8Array.from([tag, ...varint(BigInt(payload.length)), ...payload]);
  const kv = Uint8Array.from([0x0a, 0x01, 0x6b, 0x12, ...varint(BigInt(value.length)), ...value]);
  return wrap(0x0a, wrap(0x12, wrap(0x12, wrap(0x4a, kv))));
}

describe('protobuf decoder fuzzing', () => {
  it('decodes the unmodified body', () => {
    expect(decodeProtobufTraces(proto).spans).toHaveLength(3);
  });

  it('survives a truncation at every offset', { timeout: 20_000 }, () => {
    const [ok, refused] = fuzz(times(proto.length, (n) => proto.subarray(0, n)), decodeProtobufTraces);
    expect(ok + refused).toBe(proto.length);
    expect(refused).toBeGreaterThan(proto.length / 2);
  });

  it('survives bit flips, random bytes and rewritten wire types', { timeout: 20_000 }, () => {
    const rand = mulberry32(7);
    const pick = (n: number) => Math.floor(rand() * n);
    const flips = fuzz(times(1500, () => {
      const b = proto.slice();
      for (let f = 1 + pick(4); f > 0; f--) {
        const at = pick(b.length);
        b[at] = (b[at] as number) ^ (1 << pick(8));
      }
      return b;
    }), decodeProtobufTraces);
    const noise = fuzz(times(500, () => Uint8Array.from({ length: pick(300) }, () => pick(256))), decodeProtobufTraces);
    const wire = fuzz(times(1000, () => {
      const b = proto.slice();
      const at = pick(b.length);
      b[at] = ((b[at] as number) & ~7) | pick(8);
      return b;
    }), decodeProtobufTraces);
    for (const [ok, refused] of [flips, noise, wire]) expect(ok + refused).toBeGreaterThan(0);
    expect(flips[0]).toBeGreaterThan(0); // some flips land in values and still decode
    expect(noise[1]).toBeGreaterThan(400);
  });

  it('survives huge declared lengths and over-long varints spliced in anywhere', { timeout: 20_000 }, () => {
    const rand = mulberry32(11);
    const lengths = [2n ** 31n - 1n, 2n ** 32n - 1n, 2n ** 32n, 2n ** 53n + 1n, 2n ** 64n - 1n];
    const [, refused] = fuzz(times(600, (i) => {
      const at = Math.floor(rand() * proto.length);
      const splice = i % 3 === 2 ? [0x10, ...new Array<number>(11).fill(0xff), 0x01] : [0x0a + 8 * (i % 20), ...varint(lengths[i % lengths.length] as bigint)];
      return Uint8Array.from([...proto.subarray(0, at), ...splice, ...proto.subarray(at)]);
    }), decodeProtobufTraces);
    expect(refused).toBeGreaterThan(300);
  });

  it('survives random well-framed messages with arbitrary field numbers and wire types', { timeout: 20_000 }, () => {
    const rand = mulberry32(3);
    const pick = (n: number) => Math.floor(rand() * n);
    const message = (depth: number): number[] => {
      const out: number[] = [];
      for (let f = pick(6); f > 0; f--) {
        const field = 1 + pick(17);
        const wire = [0, 1, 2, 5, 2, 2][pick(6)] as number;
        out.push(...varint(BigInt(field * 8 + wire)));
        if (wire === 0) out.push(...varint(BigInt(pick(2) ? pick(300) : Number.MAX_SAFE_INTEGER)));
        else if (wire === 1) out.push(...Array.from({ length: 8 }, () => pick(256)));
        else if (wire === 5) out.push(...Array.from({ length: 4 }, () => pick(256)));
        else {
          const payload = depth < 7 && pick(3) > 0 ? message(depth + 1) : Array.from({ length: pick(20) }, () => pick(256));
          out.push(...varint(BigInt(payload.length)), ...payload);
        }
      }
      return out;
    };
    const [ok, refused] = fuzz(times(1000, () => Uint8Array.from(message(0))), decodeProtobufTraces);
    expect(ok).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });

  it('refuses 100,000 nested arrays quickly', { timeout: 20_000 }, () => {
    const body = nestedArrays(100_000);
    const started = performance.now();
    expect(() => decodeProtobufTraces(body)).toThrow(/nested deeper than 64/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('keeps a 16 MB string intact', { timeout: 20_000 }, () => {
    const big = 'x'.repeat(16 * 1024 * 1024);
    const exp = new InMemorySpanExporter();
    new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exp)] }).getTracer('t').startSpan('big', { attributes: { big } }).end();
    const encoded = ProtobufTraceSerializer.serializeRequest(exp.getFinishedSpans()) as Uint8Array;
    expect(decodeProtobufTraces(encoded).spans[0]?.attributes.big).toBe(big);
    expect(decodeJsonTraces(JsonTraceSerializer.serializeRequest(exp.getFinishedSpans()) as Uint8Array).spans[0]?.attributes.big).toBe(big);
  });
});

describe('JSON decoder fuzzing', () => {
  it('survives a truncation at every offset', { timeout: 20_000 }, () => {
    const [ok, refused] = fuzz(times(json.length, (n) => json.slice(0, n)), decodeJsonTraces);
    expect(ok + refused).toBe(json.length);
  });

  it('survives type confusion anywhere in the request', { timeout: 20_000 }, () => {
    const rand = mulberry32(5);
    const pick = (n: number) => Math.floor(rand() * n);
    const root: unknown = JSON.parse(json);
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(root, []);
    const replacements: unknown[] = [null, 0, -1, 1.5, 2 ** 64, '', 'x', 'abc', 'NaN', '9'.repeat(40), true, [], [[]], {}, { a: 1 }, [1, 'x', null]];
    const [ok, refused] = fuzz(times(1500, () => {
      const copy = structuredClone(root) as Record<string | number, unknown>;
      const path = paths[pick(paths.length)] as (string | number)[];
      const value = replacements[pick(replacements.length)];
      if (path.length === 0) return JSON.stringify(value);
      let parent = copy;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      parent[path[path.length - 1] as string | number] = value;
      return JSON.stringify(copy);
    }), decodeJsonTraces);
    expect(ok).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });

  it('survives random text and random characters spliced into the body', { timeout: 20_000 }, () => {
    const rand = mulberry32(9);
    const pick = (n: number) => Math.floor(rand() * n);
    const alphabet = '{}[]:,"\\0123456789-.eEtrufalsn \u00e9\ud83d';
    const char = () => alphabet[pick(alphabet.length)] as string;
    fuzz(times(500, () => Array.from({ length: pick(200) }, char).join('')), decodeJsonTraces);
    fuzz(times(500, () => {
      const at = pick(json.length);
      return json.slice(0, at) + char() + json.slice(at + pick(3));
    }), decodeJsonTraces);
  });

  it('refuses deeply nested JSON', { timeout: 20_000 }, () => {
    expect(() => decodeJsonTraces('['.repeat(100_000) + ']'.repeat(100_000))).toThrow(OtlpDecodeError);
    const open = '{"arrayValue":{"values":['.repeat(100_000);
    const nested = `${open}{}${']}}'.repeat(100_000)}`;
    const body = `{"resourceSpans":[{"scopeSpans":[{"spans":[{"attributes":[{"key":"k","value":${nested}}]}]}]}]}`;
    expect(() => decodeJsonTraces(body)).toThrow(/nested deeper than 64/);
    const deepUnknown = `{"resourceSpans":[],"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(decodeJsonTraces(deepUnknown).spans).toEqual([]);
  });
});
