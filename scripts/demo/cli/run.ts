// The demo run: backfill history, then optionally keep sending live traffic. It flushes often enough that the batch
// processors never drop spans, and checks after every flush whether the endpoint refused anything, so a wrong key
// stops the run after a few traces instead of after 20,000.
import { InMemorySpanExporter, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { batchingEmitter, createOtlpExporter, TrackingExporter, tracesUrl, type DemoEmitter } from '../emit';
import { generateDemoTraces, traceCountFor } from '../model';
import { Rng } from '../random';
import { ScenarioGenerator } from '../scenario/generator';
import type { CliOptions } from './args';
import { describeFailure, Tally } from './report';

export class EndpointRefusedError extends Error {}

export interface RunHooks {
  /** Replaces the OTLP exporter (tests). */
  readonly exporter?: SpanExporter;
  readonly now?: () => number;
  readonly log?: (line: string) => void;
  /** Resolves when the user asks to stop (Ctrl-C). */
  readonly stopSignal?: Promise<void>;
}

export interface RunResult {
  readonly tally: Tally;
  readonly exported: number;
  readonly failed: number;
}

const FLUSH_EVERY_SPANS = 4000;

export async function runDemo(options: CliOptions, hooks: RunHooks = {}): Promise<RunResult> {
  const now = hooks.now ?? Date.now;
  const log = hooks.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const url = tracesUrl(options.endpoint);
  const inner = hooks.exporter ?? (options.dryRun ? new InMemoryDiscardingExporter() : createOtlpExporter({ endpoint: options.endpoint, apiKey: options.apiKey, protocol: options.protocol }));
  const tracking = new TrackingExporter(inner);
  const emitter = batchingEmitter(tracking);
  const tally = new Tally();
  let unflushed = 0;

  const flush = async () => {
    try {
      await emitter.flush();
    } catch (error) {
      // The batch processor rejects the flush when an export failed; the tracked failure says why, in context.
      if (!tracking.firstFailure) throw error;
    }
    unflushed = 0;
    if (tracking.firstFailure) throw new EndpointRefusedError(describeFailure(tracking.firstFailure, url));
  };

  try {
    const endMs = now();
    const count = options.traces ?? traceCountFor(options.days, options.rate);
    if (count > 0 && options.days > 0) {
      log(`backfill: ${count} traces over ${options.days} day(s) ending ${new Date(endMs).toISOString()}, seed ${options.seed} -> ${options.dryRun ? 'dry run' : url}`);
      let nextReport = 0.1;
      for (const trace of generateDemoTraces({ seed: options.seed, endMs, days: options.days, traces: count })) {
        const spans = emitter.emit(trace);
        tally.add(trace, spans);
        unflushed += spans;
        // The first flush comes early, so a refused key is reported within seconds.
        if (tally.traces === 10 || unflushed >= FLUSH_EVERY_SPANS) await flush();
        if (tally.traces / count >= nextReport) {
          log(`  ${Math.round((100 * tally.traces) / count)}%  ${tally.traces} traces, ${tally.spans} spans${options.dryRun ? '' : `, ${tracking.exported} accepted`}`);
          nextReport += 0.1;
        }
      }
      await flush();
    }
    if (options.live) await live(options, { emitter, tally, flush, now, log, stop: hooks.stopSignal });
    await flush();
  } finally {
    await emitter.shutdown();
    await tracking.close();
  }
  return { tally, exported: tracking.exported, failed: tracking.failed };
}

interface LiveContext {
  readonly emitter: DemoEmitter;
  readonly tally: Tally;
  readonly flush: () => Promise<void>;
  readonly now: () => number;
  readonly log: (line: string) => void;
  readonly stop: Promise<void> | undefined;
}

/** Poisson arrivals at `rate` per minute, each trace ending "now", until Ctrl-C or the duration is over. */
async function live(options: CliOptions, ctx: LiveContext): Promise<void> {
  // A different stream than the backfill's, so live traces never reuse backfilled trace ids.
  const seed = (options.seed * 1_000_003 + 0x5bd1) >>> 0;
  const generator = new ScenarioGenerator({ seed, anchorMs: ctx.now() });
  const gaps = Rng.derive(seed, 'live-gaps');
  const startedAt = ctx.now();
  const deadline = options.durationSeconds > 0 ? startedAt + options.durationSeconds * 1000 : Number.POSITIVE_INFINITY;
  let stopped = false;
  void ctx.stop?.then(() => { stopped = true; });
  ctx.log(`live: ${options.rate} traces/min ${options.durationSeconds > 0 ? `for ${options.durationSeconds} s` : 'until Ctrl-C'}`);
  let lastFlush = ctx.now();
  let sent = 0;
  while (!stopped) {
    const waitMs = (-Math.log(1 - gaps.next()) / options.rate) * 60_000;
    const due = Math.min(ctx.now() + waitMs, deadline);
    await sleepUntil(due, ctx.now, ctx.stop);
    if (stopped || ctx.now() >= deadline) break;
    const t = ctx.now();
    const trace = generator.next(t, t);
    ctx.tally.add(trace, ctx.emitter.emit(trace));
    sent += 1;
    if (t - lastFlush >= 5000) {
      await ctx.flush();
      lastFlush = t;
      ctx.log(`  live: ${sent} traces sent`);
    }
  }
  ctx.log(`live: stopped after ${sent} traces`);
}

function sleepUntil(due: number, now: () => number, stop: Promise<void> | undefined): Promise<void> {
  const ms = Math.max(0, due - now());
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void stop?.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** `--dry-run`: spans go through the SDK and are dropped, so the summary reflects exactly what would be sent. */
class InMemoryDiscardingExporter extends InMemorySpanExporter {
  override export(...args: Parameters<InMemorySpanExporter['export']>): void {
    super.export(...args);
    this.reset();
  }
}
