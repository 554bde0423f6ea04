// Bad input never throws and never reaches the prototype: the stage runs on every span of every request, and a
// span it cannot understand must still become a row.
import { describe, expect, it } from 'vitest';
import { decodeProtobufTraces } from '@/ingest/otlp/decode-protobuf';
import type { Attributes, OtlpSpan } from '@/ingest/otlp/types';
import { encodeDemoBatches } from '@/scripts/demo/emit';
import { otlpSpan } from './fixtures/otlp-span';
import { DEFAULT_NORMALISE_SETTINGS, normaliseSpan } from './normalise-span';

/** Deterministic small PRNG (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GARBAGE = ['', '-1', 'NaN', 'Infinity', '1e999', '[', '{', '[{"role":', '{"a":{"b":[', 'null', '[]', '{}', '"', '[null]', '[{"type":"tool_call"}]', '\u0000'];

function mangle(attributes: Attributes, next: () => number): Attributes {
  const out: Attributes = {};
  for (const [key, value] of Object.entries(attributes)) {
    const r = next();
    if (r < 0.3) out[key] = value.slice(0, Math.floor(next() * value.length));
    else if (r < 0.5) out[key] = GARBAGE[Math.floor(next() * GARBAGE.length)] as string;
    else out[key] = value;
  }
  return out;
}

describe('normaliseSpan on bad input', () => {
  it('never reads a project key from the prototype', () => {
    const settings = { tenantKeys: ['constructor', '__proto__', 'hasOwnProperty'], featureKeys: ['toString'], userKeys: ['valueOf'], sessionKeys: ['__proto__'], hallucinationKey: 'constructor' };
    const n = normaliseSpan(otlpSpan({ name: 'x', attributes: { 'gen_ai.operation.name': 'chat' } }), settings);
    expect(n.attribution).toEqual({});
    expect(n.hallucination).toBe(false);
  });

  it('keeps a "__proto__" attribute an ordinary key', () => {
    const attributes: Attributes = { 'gen_ai.operation.name': 'chat' };
    Object.defineProperty(attributes, '__proto__', { value: 'tenant-x', enumerable: true, writable: true, configurable: true });
    const n = normaliseSpan(otlpSpan({ name: 'x', attributes }), { ...DEFAULT_NORMALISE_SETTINGS, tenantKeys: ['__proto__'] });
    expect(n.attribution.tenantId).toBe('tenant-x');
    expect(n.type).toBe('llm');
  });

  it('bounds indexed forms: a span claiming ten thousand messages is read, not looped on forever', () => {
    const attributes: Attributes = {};
    for (let i = 0; i < 10_001; i++) attributes[`gen_ai.prompt.${i}.content`] = 'x';
    const n = normaliseSpan(otlpSpan({ name: 'chat m', attributes }), DEFAULT_NORMALISE_SETTINGS);
    expect(n.input).toHaveLength(10_000);
  });

  it('turns truncated and garbage values of real demo spans into rows without throwing', async () => {
    const bodies = await encodeDemoBatches({ seed: 5, spans: 1500, batchSize: 1500, endMs: Date.UTC(2026, 10, 20), days: 7 });
    const spans: OtlpSpan[] = bodies.flatMap((b) => decodeProtobufTraces(b).spans);
    const next = random(1234);
    let llm = 0;
    for (let round = 0; round < 3; round++) {
      for (const span of spans) {
        const broken: OtlpSpan = {
          ...span,
          attributes: mangle(span.attributes, next),
          events: span.events.map((e) => ({ ...e, attributes: mangle(e.attributes, next) })),
        };
        const n = normaliseSpan(broken, DEFAULT_NORMALISE_SETTINGS);
        if (n.type === 'llm') llm++;
        // Whatever survived must be storable: finite, non-negative counts and JSON-serialisable content.
        for (const count of Object.values(n.usage)) expect(Number.isFinite(count) && count >= 0).toBe(true);
        expect(() => JSON.stringify(n)).not.toThrow();
      }
    }
    expect(llm).toBeGreaterThan(0);
  });
});
