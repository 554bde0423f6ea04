// Turns demo scenarios into real OpenTelemetry spans through the official SDK, either sent over OTLP/HTTP (the CLI)
// or collected in memory and serialized to OTLP protobuf request bodies without any network (benchmarks, tests).
import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import {
  BatchSpanProcessor,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { conventionEmitter } from './conventions';
import { ScriptedIdGenerator } from './emit/ids';
import { ProviderPool } from './emit/providers';
import { renderTrace } from './emit/render';
import { generateDemoTraces } from './model';
import type { Step, TraceScenario } from './scenario/types';

export { createOtlpExporter, TrackingExporter, tracesUrl, type OtlpExporterOptions, type OtlpProtocol } from './emit/exporters';

/** Renders scenarios into spans on one provider per deployment. */
export class DemoEmitter {
  private readonly ids = new ScriptedIdGenerator();
  private readonly pool: ProviderPool;

  constructor(makeProcessor: () => SpanProcessor) {
    this.pool = new ProviderPool(makeProcessor, this.ids);
  }

  /** Creates and ends every span of the trace; returns the number of spans. */
  emit(trace: TraceScenario): number {
    return renderTrace(trace, this.pool, this.ids);
  }

  flush(): Promise<void> {
    return this.pool.forceFlush();
  }

  shutdown(): Promise<void> {
    return this.pool.shutdown();
  }
}

/** For sending: a batch processor per provider, sized so a periodic flush (every few thousand spans) never drops. */
export function batchingEmitter(exporter: SpanExporter): DemoEmitter {
  return new DemoEmitter(() => new BatchSpanProcessor(exporter, {
    maxQueueSize: 16_384,
    maxExportBatchSize: 512,
    scheduledDelayMillis: 1000,
    exportTimeoutMillis: 30_000,
  }));
}

/** How many spans a trace becomes in its convention (wrapper spans included), without creating any. */
export function spanCountOf(trace: TraceScenario): number {
  const convention = conventionEmitter(trace.deployment.convention);
  const count = (step: Step, parent: Step | undefined): number =>
    1 + (convention.wrapper?.(step, { trace, parent }) ? 1 : 0) + step.children.reduce((n, c) => n + count(c, step), 0);
  return count(trace.root, undefined);
}

export interface DemoSpanOptions {
  readonly seed: number;
  /** Exact number of spans wanted. */
  readonly spans: number;
  /** End of the time window, epoch ms (default: now). */
  readonly endMs?: number;
  /** Length of the window the traces are spread over (default: 1 day). */
  readonly days?: number;
}

export interface EncodeOptions extends DemoSpanOptions {
  /** Spans per request body. */
  readonly batchSize: number;
}

/** Average spans per trace for a seed, from a sample, so a span budget can be turned into a trace count. */
function spansPerTrace(seed: number, endMs: number): number {
  let spans = 0;
  let traces = 0;
  for (const trace of generateDemoTraces({ seed, endMs, days: 1, traces: 200 })) {
    spans += spanCountOf(trace);
    traces += 1;
  }
  return traces > 0 ? spans / traces : 1;
}

/**
 * Ended spans of the demo traffic, in the order a batch processor would export them (children before their root),
 * handed over in chunks of `chunkSize` so that large runs never hold every span in memory. The last trace is cut
 * to make the total exact.
 */
export async function forEachDemoSpanChunk(
  options: DemoSpanOptions,
  chunkSize: number,
  onChunk: (spans: ReadableSpan[]) => void,
): Promise<void> {
  const endMs = options.endMs ?? Date.now();
  const days = options.days ?? 1;
  const memory = new InMemorySpanExporter();
  const emitter = new DemoEmitter(() => new SimpleSpanProcessor(memory));
  // 10% headroom over the sampled average; if a seed still runs short, another stream fills the same window.
  const traces = Math.ceil((options.spans / spansPerTrace(options.seed, endMs)) * 1.1) + 5;
  let remaining = options.spans;
  let pending: ReadableSpan[] = [];
  for (let round = 0; remaining > 0; round++) {
    const window = { seed: options.seed + round * 7919, endMs, days, traces };
    for (const trace of generateDemoTraces(window)) {
      emitter.emit(trace);
      pending.push(...memory.getFinishedSpans());
      memory.reset();
      while (pending.length >= chunkSize && remaining > 0) {
        const take = Math.min(chunkSize, remaining);
        onChunk(pending.slice(0, take));
        pending = pending.slice(take);
        remaining -= take;
      }
      if (remaining === 0) break;
      if (remaining < chunkSize && pending.length >= remaining) {
        onChunk(pending.slice(0, remaining));
        remaining = 0;
        break;
      }
    }
  }
  await emitter.flush();
  await emitter.shutdown();
}

/**
 * Pre-encoded OTLP protobuf `ExportTraceServiceRequest` bodies of demo traffic, `batchSize` spans each (the last
 * one may be smaller), `spans` in total. No network: spans go through the SDK into memory and are serialized with
 * the exporter's own serializer, so the bytes are exactly what `exporter-trace-otlp-proto` would send.
 */
export async function encodeDemoBatches(options: EncodeOptions): Promise<Uint8Array[]> {
  if (!(options.batchSize > 0)) throw new Error('encodeDemoBatches: batchSize must be positive');
  const bodies: Uint8Array[] = [];
  await forEachDemoSpanChunk(options, options.batchSize, (spans) => {
    const body = ProtobufTraceSerializer.serializeRequest(spans);
    if (!body) throw new Error('encodeDemoBatches: the serializer returned nothing');
    bodies.push(body);
  });
  return bodies;
}
