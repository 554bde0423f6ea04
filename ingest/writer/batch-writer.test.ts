// The queueing rules of the write path, with an in-memory insert so that timing and failures can be controlled;
// the same writer against real chDB is covered by tests/integration/ingest (crash safety, overload, retries).
import { describe, expect, it } from 'vitest';
import type { SpanRow } from '@/ingest/pipeline/span-row';
import { BatchWriter, QueueFullError, StoreUnavailableError, type BatchWriterOptions } from './batch-writer';

const row = (spanId: string): SpanRow => ({ project_id: 'p', trace_id: 't', span_id: spanId }) as SpanRow;
const rows = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => row(`${prefix}${i}`));

function harness(overrides: Partial<BatchWriterOptions> = {}) {
  const batches: string[][] = [];
  const gates: Array<() => void> = [];
  let fail = false;
  let hold = false;
  const writer = new BatchWriter({
    insert: async (batch) => {
      if (hold) await new Promise<void>((r) => gates.push(r));
      if (fail) throw new Error('store down');
      batches.push(batch.map((r) => r.span_id));
    },
    findStored: async () => new Set(),
    lookupStored: () => false,
    maxQueuedSpans: 100,
    batchSpans: 10,
    maxDelayMs: 50,
    concurrency: 1,
    rememberSpans: 1000,
    ...overrides,
  });
  return {
    writer,
    batches,
    failNext: (v: boolean) => (fail = v),
    holdInserts: (v: boolean) => (hold = v),
    release: () => gates.splice(0).forEach((g) => g()),
  };
}

describe('BatchWriter', () => {
  it('acknowledges a request only after its batch is stored', async () => {
    const h = harness();
    h.holdInserts(true);
    let acked = false;
    const done = h.writer.submit(rows('a', 3)).then(() => (acked = true));
    await new Promise((r) => setTimeout(r, 80));
    expect(acked).toBe(false);
    h.holdInserts(false);
    h.release();
    await done;
    expect(h.batches).toEqual([['a0', 'a1', 'a2']]);
  });

  it('writes the first request after a quiet spell at once, and groups what arrives during an insert', async () => {
    const h = harness({ maxDelayMs: 10_000 });
    h.holdInserts(true);
    const first = h.writer.submit(rows('a', 2));
    await new Promise((r) => setTimeout(r, 10));
    const second = h.writer.submit(rows('b', 2));
    const third = h.writer.submit(rows('c', 2));
    h.holdInserts(false);
    h.release();
    await first;
    // The next partial batch waits for maxDelayMs since the last one; a full batch would not.
    await h.writer.submit(rows('d', 6));
    await Promise.all([second, third]);
    expect(h.batches).toEqual([['a0', 'a1'], ['b0', 'b1', 'c0', 'c1', 'd0', 'd1', 'd2', 'd3', 'd4', 'd5']]);
  });

  it('stores a span sent twice once, and the second sender waits for the same commit', async () => {
    const h = harness();
    const [a, b] = [h.writer.submit(rows('x', 4)), h.writer.submit(rows('x', 4))];
    await Promise.all([a, b]);
    await h.writer.submit(rows('x', 4));
    expect(h.batches.flat()).toEqual(['x0', 'x1', 'x2', 'x3']);
    // The second copy waited on the first one's commit; the third was recognised as already stored.
    expect(h.writer.stats().skippedDuplicates).toBe(4);
  });

  it('refuses work beyond the queue bound with a Retry-After hint', async () => {
    const h = harness({ maxQueuedSpans: 10, batchSpans: 100 });
    h.holdInserts(true);
    const first = h.writer.submit(rows('a', 8));
    await new Promise((r) => setTimeout(r, 5));
    const queued = h.writer.submit(rows('b', 8));
    expect(() => h.writer.submit(rows('c', 8))).toThrow(QueueFullError);
    h.holdInserts(false);
    h.release();
    await Promise.all([first, queued]);
  });

  it('fails every request of a batch the store refused, and accepts the same spans again afterwards', async () => {
    const h = harness();
    h.failNext(true);
    await expect(h.writer.submit(rows('a', 3))).rejects.toBeInstanceOf(StoreUnavailableError);
    h.failNext(false);
    await h.writer.submit(rows('a', 3));
    expect(h.batches).toEqual([['a0', 'a1', 'a2']]);
  });

  it('writes everything queued on drain, then refuses new work', async () => {
    const h = harness({ maxDelayMs: 60_000 });
    h.holdInserts(true);
    const first = h.writer.submit(rows('a', 2));
    await new Promise((r) => setTimeout(r, 5));
    const queued = h.writer.submit(rows('b', 2));
    const drained = h.writer.drain();
    h.holdInserts(false);
    h.release();
    await Promise.all([first, queued, drained]);
    expect(h.batches.flat()).toEqual(['a0', 'a1', 'b0', 'b1']);
    await expect(h.writer.submit(rows('c', 1))).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
