// The demo generator emits every convention the way real SDKs do; every model call it makes must come out with
// its provider, model, tokens and tenant, whichever convention carried it.
import { describe, expect, it } from 'vitest';
import { decodeProtobufTraces } from '@/ingest/otlp/decode-protobuf';
import type { OtlpSpan } from '@/ingest/otlp/types';
import { encodeDemoBatches } from '@/scripts/demo/emit';
import { DEFAULT_NORMALISE_SETTINGS, normaliseSpan } from './normalise-span';

describe('demo traffic', () => {
  it('yields provider, model, tokens and messages for every successful model call, and a tenant for its trace, in every convention', async () => {
    const bodies = await encodeDemoBatches({ seed: 11, spans: 8000, batchSize: 500 });
    const spans: OtlpSpan[] = bodies.flatMap((b) => decodeProtobufTraces(b).spans);
    const callsByConvention = new Map<string, number>();
    const problems: string[] = [];
    const tracesWithTenant = new Set<string>();
    const tracesWithCalls = new Set<string>();
    // The span budget can cut the last trace short: only traces whose root was generated are judged for a tenant.
    const tracesWithRoot = new Set(spans.filter((s) => s.parentSpanId === '').map((s) => s.traceId));
    for (const span of spans) {
      const n = normaliseSpan(span, DEFAULT_NORMALISE_SETTINGS);
      if (n.attribution.tenantId) tracesWithTenant.add(span.traceId);
      if (n.type !== 'llm' || span.statusCode === 2) continue;
      if (tracesWithRoot.has(span.traceId)) tracesWithCalls.add(span.traceId);
      const key = n.conventions.join('+');
      callsByConvention.set(key, (callsByConvention.get(key) ?? 0) + 1);
      const missing = [
        !n.provider && 'provider',
        !(n.responseModel ?? n.requestModel) && 'model',
        !(n.usage.input && n.usage.input > 0) && 'input tokens',
        n.usage.output === undefined && 'output tokens',
        n.input.length === 0 && 'input messages',
        (n.usage.cache_read ?? 0) + (n.usage.cache_write ?? 0) > (n.usage.input ?? 0) && 'cache within input',
      ].filter(Boolean);
      if (missing.length > 0) problems.push(`${span.name} [${key}]: ${missing.join(', ')}`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
    // The tenant is a property of the trace: some conventions carry it on the root span only (invariant 3).
    expect([...tracesWithCalls].filter((t) => !tracesWithTenant.has(t))).toEqual([]);
    // Every convention the generator emits produced model calls (openllmetry's calls carry gen_ai.* as well).
    const seen = [...callsByConvention.keys()].join(' ');
    for (const convention of ['genai', 'openinference', 'openllmetry', 'vercel-ai', 'langfuse', 'genai-legacy']) {
      expect(seen, convention).toContain(convention);
    }
  });
});
