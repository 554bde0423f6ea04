// The write path: a bounded queue of span rows, flushed to ClickHouse in batches by size and time. A request's
// promise settles only after the batch holding its spans has committed (acked means stored), and a span already
// stored or on its way is never written again (retries never double count).
import { createHash } from 'node:crypto';
import { log } from '@/lib/log';
import { spanKey, type SpanRow } from '@/ingest/pipeline/span-row';
import { RecentKeys } from './recent-keys';
import { retryAfterForBacklog } from './retry-after';

export interface BatchWriterOptions {
  /** Inserts one batch; must be all-or-nothing for the rows given. */
  insert(rows: SpanRow[], deduplicationToken: string): Promise<void>;
  /** Which of these rows are already stored (consulted while `lookupStored()` says so). */
  findStored(rows: readonly SpanRow[]): Promise<Set<string>>;
  /** Whether to ask the store before inserting: after a restart, or always when other processes write too. */
  lookupStored(): boolean;
  maxQueuedSpans: number;
  batchSpans: number;
  maxDelayMs: number;
  concurrency: number;
  /** How many committed span keys to remember for cheap duplicate checks. */
  rememberSpans: number;
}

/** The queue is full: answer 503 with Retry-After so the exporter backs off and retries. */
export class QueueFullError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('The write queue is full; retry later.');
    this.name = 'QueueFullError';
  }
}

/** The store did not take the batch, or the writer is shutting down: answer 503 with Retry-After. */
export class StoreUnavailableError extends Error {
  constructor(message: string, readonly retryAfterSeconds = 5) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}

interface Entry {
  readonly rows: SpanRow[];
  readonly resolve: () => void;
  readonly reject: (err: Error) => void;
}

export interface WriterStats {
  queuedSpans: number;
  inFlightBatches: number;
  committedSpans: number;
  skippedDuplicates: number;
  failedBatches: number;
}

export class BatchWriter {
  private readonly pending: Entry[] = [];
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly recent: RecentKeys;
  private queuedSpans = 0;
  private running = 0;
  private timer: NodeJS.Timeout | undefined;
  private lastBatchAt = Number.NEGATIVE_INFINITY;
  private closing = false;
  private idleWaiters: Array<() => void> = [];
  private readonly counters = { committedSpans: 0, skippedDuplicates: 0, failedBatches: 0 };

  constructor(private readonly options: BatchWriterOptions) {
    this.recent = new RecentKeys(options.rememberSpans);
  }

  /** Resolves once every given span is stored (now, or by an earlier request). */
  submit(rows: readonly SpanRow[]): Promise<void> {
    if (this.closing) return Promise.reject(new StoreUnavailableError('Tokenmeter is shutting down; retry shortly.', 2));
    const fresh: SpanRow[] = [];
    const waits: Promise<void>[] = [];
    const seen = new Set<string>();
    for (const row of rows) {
      const key = spanKey(row);
      if (seen.has(key)) continue;
      seen.add(key);
      const pending = this.inFlight.get(key);
      if (pending) waits.push(pending);
      else if (this.recent.has(key)) this.counters.skippedDuplicates++;
      else fresh.push(row);
    }
    this.counters.skippedDuplicates += rows.length - seen.size;
    if (fresh.length === 0) return Promise.all(waits).then(() => undefined);
    if (this.queuedSpans + fresh.length > this.options.maxQueuedSpans && this.queuedSpans > 0) {
      const batchesAhead = Math.ceil(this.queuedSpans / this.options.batchSpans);
      throw new QueueFullError(retryAfterForBacklog(batchesAhead));
    }
    const committed = new Promise<void>((resolve, reject) => {
      this.pending.push({ rows: fresh, resolve, reject });
    });
    // A duplicate that arrives while this one is queued waits for the same commit, and sees its failure too;
    // the extra handler only keeps an unwaited copy from being reported as an unhandled rejection.
    const shared = committed.then(() => undefined);
    shared.catch(() => undefined);
    for (const row of fresh) this.inFlight.set(spanKey(row), shared);
    this.queuedSpans += fresh.length;
    this.schedule();
    return Promise.all([committed, ...waits]).then(() => undefined);
  }

  /** Stops taking work, flushes everything queued, and resolves when the last batch has settled. */
  async drain(): Promise<void> {
    this.closing = true;
    this.schedule();
    if (this.pending.length === 0 && this.running === 0) return;
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  stats(): WriterStats {
    return { queuedSpans: this.queuedSpans, inFlightBatches: this.running, ...this.counters };
  }

  /**
   * Starts the batches that are due. A full batch or a drain goes at once. A partial batch goes once `maxDelayMs` has
   * passed since the previous batch started: spans arriving after a quiet spell are written (and acknowledged) right
   * away, while a steady stream of small requests shares parts, at most one partial batch per `maxDelayMs`. Under
   * load this is group commit: whatever arrived during one insert goes in the next.
   */
  private schedule(): void {
    while (this.running < this.options.concurrency && this.pending.length > 0) {
      const wait = this.lastBatchAt + this.options.maxDelayMs - performance.now();
      const due = this.queuedSpans >= this.options.batchSpans || this.closing || wait <= 0;
      if (!due) {
        this.timer ??= setTimeout(() => {
          this.timer = undefined;
          this.flushNow();
        }, wait);
        return;
      }
      this.startBatch();
    }
    if (this.pending.length === 0 && this.running === 0) {
      for (const wake of this.idleWaiters.splice(0)) wake();
    }
  }

  private flushNow(): void {
    if (this.running < this.options.concurrency && this.pending.length > 0) this.startBatch();
    this.schedule();
  }

  private startBatch(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.lastBatchAt = performance.now();
    const entries: Entry[] = [];
    let size = 0;
    while (this.pending.length > 0 && (size === 0 || size + (this.pending[0]?.rows.length ?? 0) <= this.options.batchSpans)) {
      const entry = this.pending.shift() as Entry;
      entries.push(entry);
      size += entry.rows.length;
    }
    this.queuedSpans -= size;
    this.running++;
    void this.write(entries).finally(() => {
      this.running--;
      this.schedule();
    });
  }

  private async write(entries: readonly Entry[]): Promise<void> {
    let rows = entries.flatMap((e) => e.rows);
    const keys = rows.map(spanKey);
    const started = performance.now();
    try {
      if (this.options.lookupStored()) {
        const stored = await this.options.findStored(rows);
        if (stored.size > 0) {
          rows = rows.filter((row) => !stored.has(spanKey(row)));
          this.counters.skippedDuplicates += stored.size;
        }
      }
      const looked = performance.now();
      if (rows.length > 0) await this.options.insert(rows, deduplicationToken(rows));
      log.debug('batch committed', { spans: rows.length, lookupMs: Math.round(looked - started), insertMs: Math.round(performance.now() - looked) });
      for (const key of keys) {
        this.recent.add(key);
        this.inFlight.delete(key);
      }
      this.counters.committedSpans += rows.length;
      for (const e of entries) e.resolve();
    } catch (err) {
      for (const key of keys) this.inFlight.delete(key);
      this.counters.failedBatches++;
      const reason = new StoreUnavailableError(
        `The span store did not accept the write (${err instanceof Error ? err.message.split('\n')[0] : 'unknown error'}); retry later.`,
      );
      for (const e of entries) e.reject(reason);
    }
  }
}

/** Same rows, same token: a batch re-inserted after a lost answer is dropped by ClickHouse's block deduplication. */
function deduplicationToken(rows: readonly SpanRow[]): string {
  const h = createHash('sha256');
  for (const key of rows.map(spanKey).sort()) h.update(key).update('\n');
  return h.digest('hex');
}
