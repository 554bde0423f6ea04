// Pre-encoded OTLP bodies for benchmarks: exact span counts, batch sizes, realistic payload size, determinism.
// The bodies are checked with an independent protobuf reader, not with the SDK that wrote them.
import { describe, expect, it } from 'vitest';
import { encodeDemoBatches } from './emit';
import { readTraceRequest } from './testing/otlp-wire';

const END = Date.UTC(2025, 5, 15, 12, 0, 0);

describe('encodeDemoBatches', () => {
  it('yields protobuf bodies whose spans add up to the requested count, each batch at most batchSize', async () => {
    const bodies = await encodeDemoBatches({ seed: 7, spans: 2500, batchSize: 300, endMs: END });
    const perBody = bodies.map((b) => readTraceRequest(b).length);
    expect(perBody.reduce((a, b) => a + b, 0)).toBe(2500);
    expect(bodies).toHaveLength(Math.ceil(2500 / 300));
    expect(perBody.slice(0, -1).every((n) => n === 300)).toBe(true);
  });

  it('carries at least 1.5 KB of content per span on average', async () => {
    const bodies = await encodeDemoBatches({ seed: 8, spans: 3000, batchSize: 500, endMs: END });
    const spans = bodies.flatMap((b) => readTraceRequest(b));
    const content = spans.reduce((n, s) => n + s.contentBytes, 0);
    expect(spans).toHaveLength(3000);
    expect(content / spans.length).toBeGreaterThanOrEqual(1536);
  });

  it('is deterministic for a fixed end time and places spans in the window', async () => {
    const options = { seed: 9, spans: 700, batchSize: 250, endMs: END, days: 2 };
    const a = await encodeDemoBatches(options);
    const b = await encodeDemoBatches(options);
    expect(a.map((x) => Buffer.from(x).toString('base64'))).toEqual(b.map((x) => Buffer.from(x).toString('base64')));
    const endNanos = BigInt(END) * 1_000_000n;
    const startNanos = endNanos - 2n * 86_400_000n * 1_000_000n;
    for (const span of a.flatMap((x) => readTraceRequest(x))) {
      expect(span.startNanos >= startNanos && span.endNanos <= endNanos).toBe(true);
    }
  });

  it('handles budgets smaller than a trace and rejects a zero batch size', async () => {
    const bodies = await encodeDemoBatches({ seed: 1, spans: 1, batchSize: 10, endMs: END });
    expect(bodies.map((b) => readTraceRequest(b).length)).toEqual([1]);
    expect(await encodeDemoBatches({ seed: 1, spans: 0, batchSize: 10, endMs: END })).toEqual([]);
    await expect(encodeDemoBatches({ seed: 1, spans: 10, batchSize: 0 })).rejects.toThrow(/batchSize/);
  });
});
