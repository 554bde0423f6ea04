// The demo traffic model: determinism, convention coverage, backdating, tenant placement. All in memory.
import fs from 'node:fs';
import path from 'node:path';
import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import { DemoEmitter } from './emit';
import { CONVENTIONS, generateDemoTraces, type TraceScenario } from './model';

const END = Date.UTC(2025, 5, 15, 12, 0, 0);
const DAY_MS = 86_400_000;

function firstTraces(seed: number, n: number, days = 7, total = 2000): TraceScenario[] {
  const out: TraceScenario[] = [];
  for (const trace of generateDemoTraces({ seed, endMs: END, days, traces: total })) {
    out.push(trace);
    if (out.length === n) break;
  }
  return out;
}

function render(traces: readonly TraceScenario[]): ReadableSpan[] {
  const memory = new InMemorySpanExporter();
  const emitter = new DemoEmitter(() => new SimpleSpanProcessor(memory));
  for (const trace of traces) emitter.emit(trace);
  return memory.getFinishedSpans();
}

function serialized(seed: number, n: number): Buffer {
  const body = ProtobufTraceSerializer.serializeRequest(render(firstTraces(seed, n)));
  if (!body) throw new Error('nothing serialized');
  return Buffer.from(body);
}

function epochMs(t: readonly [number, number]): number {
  return t[0] * 1e3 + t[1] / 1e6;
}

describe('demo traffic model', () => {
  it('gives byte-identical spans for the same seed, and different ones for another seed', () => {
    const a = serialized(42, 150);
    const b = serialized(42, 150);
    expect(a.length).toBeGreaterThan(100_000);
    expect(a.equals(b)).toBe(true);
    expect(a.equals(serialized(43, 150))).toBe(false);
  });

  it.each([42, 7, 2024])('shows every convention in a 500-trace sample (seed %i)', (seed) => {
    const traces = firstTraces(seed, 500, 7, 500);
    expect(new Set(traces.map((t) => t.deployment.convention))).toEqual(new Set(CONVENTIONS));

    // And the spans really carry each convention's distinctive attributes.
    const keys = new Set(render(traces).flatMap((s) => Object.keys(s.attributes)));
    for (const key of [
      'gen_ai.input.messages', 'gen_ai.provider.name', 'gen_ai.conversation.id', // GenAI current
      'gen_ai.prompt.0.content', 'gen_ai.usage.prompt_tokens', 'gen_ai.system', // GenAI legacy / old OpenLLMetry
      'openinference.span.kind', 'llm.token_count.prompt', 'retrieval.documents.0.document.content', 'session.id',
      'traceloop.span.kind', 'traceloop.association.properties.customer_id', 'llm.request.type',
      'ai.usage.promptTokens', 'ai.usage.inputTokens', 'ai.usage.inputTokenDetails.noCacheTokens', 'ai.telemetry.metadata.tenantId',
      'langfuse.observation.type', 'langfuse.trace.name', 'langfuse.user.id',
    ]) {
      expect(keys, key).toContain(key);
    }
  });

  it('backdates every span into the requested window, spread across it', () => {
    const days = 3;
    const traces = [...generateDemoTraces({ seed: 5, endMs: END, days, traces: 400 })];
    const spans = render(traces);
    const start = END - days * DAY_MS;
    for (const span of spans) {
      expect(epochMs(span.startTime)).toBeGreaterThanOrEqual(start);
      expect(epochMs(span.endTime)).toBeLessThanOrEqual(END);
      expect(epochMs(span.endTime)).toBeGreaterThanOrEqual(epochMs(span.startTime));
    }
    const starts = traces.map((t) => t.startMs);
    expect(Math.min(...starts)).toBeLessThan(start + 0.1 * days * DAY_MS);
    expect(Math.max(...starts)).toBeGreaterThan(END - 0.1 * days * DAY_MS);
  });

  it('puts tenant.id on the root span of each trace and nowhere else', () => {
    const spans = render(firstTraces(11, 120));
    const roots = spans.filter((s) => s.parentSpanContext === undefined);
    expect(roots).toHaveLength(120);
    for (const root of roots) expect(root.attributes['tenant.id']).toMatch(/^(acme|globex|initech|umbrella|hooli)$/);
    for (const span of spans.filter((s) => s.parentSpanContext !== undefined)) expect(span.attributes['tenant.id']).toBeUndefined();
  });

  it('models errors, retries, streaming, evaluations and planted PII', () => {
    const spans = render(firstTraces(3, 600, 7, 600));
    const errors = spans.filter((s) => s.status.code === 2);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((s) => s.events.some((e) => e.name === 'exception'))).toBe(true);
    expect(spans.some((s) => s.events.some((e) => e.name === 'gen_ai.evaluation.result') || s.attributes['annotations.0.annotation.name'] !== undefined)).toBe(true);
    expect(spans.some((s) => s.events.some((e) => e.name === 'ai.stream.firstChunk'))).toBe(true);
    const text = spans.flatMap((s) => Object.values(s.attributes)).filter((v): v is string => typeof v === 'string').join('\n');
    expect(text).toMatch(/[a-z.]+@[a-z]+\.example/);
    expect(text).toMatch(/555-01\d\d/);
  });

  it('never uses Math.random', () => {
    const root = path.dirname(new URL(import.meta.url).pathname);
    const sources = fs.readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(sources.length).toBeGreaterThan(20);
    for (const file of sources) expect(fs.readFileSync(path.join(root, file), 'utf8'), file).not.toMatch(/Math\.random\s*\(/);
  });
});
