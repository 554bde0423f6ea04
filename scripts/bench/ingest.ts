// `npm run bench:ingest`: OTLP protobuf ingest into a fresh embedded server, measured from concurrent loopback
// senders, against the ceiling of inserting the same rows straight into chDB. Prints numbers and ratios and writes
// bench-results/ingest.json. Needs `npm run build`. Bounded: about two minutes.
import fs from 'node:fs';
import path from 'node:path';
import { encodeDemoBatches } from '@/scripts/demo/emit';
import { decodeProtobufTraces } from '@/ingest/otlp/decode-protobuf';
import { validateSpan } from '@/ingest/otlp/validate-span';
import { DEFAULT_NORMALISE_SETTINGS } from '@/ingest/conventions/normalise-span';
import { spansToRows, type ProjectIngestConfig } from '@/ingest/pipeline/project-pipeline';
import { compileRedaction } from '@/lib/projects/compile-redaction';
import type { SpanRow } from '@/ingest/pipeline/span-row';
import { insertSpanRows } from '@/ingest/writer/clickhouse-sink';
import { openClickHouse } from '@/lib/clickhouse/client';
import { migrateClickHouse } from '@/lib/clickhouse/migrate';
import { parseEnv } from '@/lib/env';
import { startServer } from '@/tests/helpers/server-process';
import { tempDir } from '@/tests/helpers/temp-dir';
import { peakRssMiB } from './process-memory';
import { percentile, round } from './stats';

const TOTAL_SPANS = Number(process.env.BENCH_SPANS ?? 60_000);
const BATCH = 500;
// Sixteen application instances, each with one export in flight as the SDK's BatchSpanProcessor sends them.
const SENDERS = Number(process.env.BENCH_SENDERS ?? 16);
const FIXED_RATE = 5_000;
const FIXED_SECONDS = 15;

async function post(url: string, key: string, body: Uint8Array): Promise<{ status: number; retryAfter: number }> {
  const r = await fetch(`${url}/v1/traces`, {
    method: 'POST',
    body: body as Uint8Array<ArrayBuffer>,
    headers: { 'Content-Type': 'application/x-protobuf', Authorization: `Bearer ${key}` },
  });
  await r.arrayBuffer();
  return { status: r.status, retryAfter: Number(r.headers.get('retry-after') ?? 1) };
}

async function sendAll(url: string, key: string, bodies: readonly Uint8Array[]): Promise<{ seconds: number; rejected: number }> {
  let next = 0;
  let rejected = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: SENDERS }, async () => {
      while (next < bodies.length) {
        const body = bodies[next++] as Uint8Array;
        for (;;) {
          const r = await post(url, key, body);
          if (r.status === 200) break;
          if (r.status !== 503 && r.status !== 429) throw new Error(`unexpected status ${r.status}`);
          rejected++;
          await new Promise((res) => setTimeout(res, 50));
        }
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, rejected };
}

async function fixedRate(url: string, key: string, bodies: readonly Uint8Array[]): Promise<number[]> {
  const interval = (BATCH / FIXED_RATE) * 1000;
  const total = Math.round((FIXED_SECONDS * 1000) / interval);
  const latencies: number[] = [];
  const inFlight: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const body = bodies[i % bodies.length] as Uint8Array;
    const t0 = performance.now();
    inFlight.push(
      post(url, key, body).then((r) => {
        if (r.status !== 200) throw new Error(`status ${r.status} at the fixed rate`);
        latencies.push(performance.now() - t0);
      }),
    );
  }
  await Promise.all(inFlight);
  return latencies;
}

async function ceiling(bodies: readonly Uint8Array[]): Promise<{ rowsPerSecond: number; rows: number }> {
  const tmp = tempDir('bench-ceiling');
  const store = await openClickHouse(parseEnv({ TOKENMETER_DATA_DIR: tmp.dir }));
  try {
    await migrateClickHouse(store);
    const project = { projectId: 'bench', retentionDays: 30 };
    // The rows the server stores: through the same pipeline (normalised, priced, redacted) before timing the insert.
    const spans = bodies.flatMap((body) => decodeProtobufTraces(body).spans.filter((span) => !validateSpan(span)));
    const rows: SpanRow[] = await spansToRows(spans, project, { normalise: DEFAULT_NORMALISE_SETTINGS, overrides: [], redactSpan: compileRedaction({}) });
    const started = performance.now();
    for (let i = 0; i < rows.length; i += 5_000) await insertSpanRows(store, rows.slice(i, i + 5_000), `ceiling-${i}`);
    return { rowsPerSecond: rows.length / ((performance.now() - started) / 1000), rows: rows.length };
  } finally {
    await store.close();
    tmp.cleanup();
  }
}

/** The pipeline stages in process, on the same spans: how much normalising, pricing and redaction cost per span. */
async function stageCosts(bodies: readonly Uint8Array[]): Promise<{ pipelineSpansPerSecond: number; redactionMicrosPerSpan: number; redactionAllDetectorsMicrosPerSpan: number }> {
  const spans = bodies.flatMap((b) => decodeProtobufTraces(b).spans.filter((s) => !validateSpan(s)));
  const project = { projectId: 'bench', retentionDays: 30 };
  const base = { normalise: DEFAULT_NORMALISE_SETTINGS, overrides: [] };
  const noRedaction = { ...base, redactSpan: () => ({ redact: (t: string) => t, counts: () => ({}) }) };
  const time = async (config: ProjectIngestConfig) => {
    await spansToRows(spans.slice(0, 2000), project, config);
    const started = performance.now();
    await spansToRows(spans, project, config);
    return (performance.now() - started) / 1000;
  };
  const none = await time(noRedaction);
  const defaults = await time({ ...base, redactSpan: compileRedaction({}) });
  const all = await time({ ...base, redactSpan: compileRedaction({ detectors: ['email', 'phone', 'iban', 'national_id', 'ip_address'] }) });
  return {
    pipelineSpansPerSecond: Math.round(spans.length / defaults),
    redactionMicrosPerSpan: round(((defaults - none) / spans.length) * 1e6, 1),
    redactionAllDetectorsMicrosPerSpan: round(((all - none) / spans.length) * 1e6, 1),
  };
}

interface BenchResult {
  pipelineSpansPerSecond: number;
  redactionMicrosPerSpan: number;
  redactionAllDetectorsMicrosPerSpan: number;
  spans: number;
  spansPerSecond: number;
  retriedRequests: number;
  ackP50Ms: number;
  ackP99Ms: number;
  peakRssMiB: number;
  ceilingRowsPerSecond: number;
  ratioToCeiling: number;
}

async function main(): Promise<void> {
  process.stdout.write(`Encoding ${TOTAL_SPANS} demo spans as protobuf in batches of ${BATCH}…\n`);
  const bodies = await encodeDemoBatches({ seed: 7, spans: TOTAL_SPANS, batchSize: BATCH });
  const freshBodies = await encodeDemoBatches({ seed: 8, spans: FIXED_RATE * FIXED_SECONDS, batchSize: BATCH });
  const bytes = bodies.reduce((n: number, b: Uint8Array) => n + b.length, 0);
  process.stdout.write(`${bodies.length} bodies, ${round(bytes / 1024 / 1024)} MiB, ${round(bytes / TOTAL_SPANS / 1024, 2)} KiB per span\n`);

  fs.mkdirSync('bench-results', { recursive: true });
  const tmp = tempDir('bench-ingest');
  const server = await startServer({ dataDir: tmp.dir, env: { TOKENMETER_KEY_RATE_LIMIT_SPANS: '0', TOKENMETER_LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn' } });
  let result: BenchResult;
  try {
    process.stdout.write(`Sending with ${SENDERS} concurrent senders…\n`);
    const sustained = await sendAll(server.otlpUrl, server.apiKey, bodies);
    process.stdout.write(`Fixed rate: ${FIXED_RATE} spans/s for ${FIXED_SECONDS} s…\n`);
    const latencies = await fixedRate(server.otlpUrl, server.apiKey, freshBodies);
    const rss = peakRssMiB(server.process.pid as number);
    if (process.env.BENCH_LOG_LEVEL) fs.writeFileSync(path.join('bench-results', 'ingest-server.log'), server.output());
    await server.stop();
    process.stdout.write('Ceiling: the same rows inserted straight into chDB…\n');
    const top = await ceiling(bodies);
    process.stdout.write('Pipeline stages in process (normalise, price, redact)…\n');
    const stages = await stageCosts(bodies);
    const spansPerSecond = TOTAL_SPANS / sustained.seconds;
    result = {
      ...stages,
      spans: TOTAL_SPANS,
      spansPerSecond: Math.round(spansPerSecond),
      retriedRequests: sustained.rejected,
      ackP50Ms: round(percentile(latencies, 50)),
      ackP99Ms: round(percentile(latencies, 99)),
      peakRssMiB: rss,
      ceilingRowsPerSecond: Math.round(top.rowsPerSecond),
      ratioToCeiling: round(spansPerSecond / top.rowsPerSecond, 2),
    };
  } finally {
    await server.stop();
    tmp.cleanup();
  }
  const budget = [
    `sustained ${result.spansPerSecond} spans/s (budget >= 15000): ${result.spansPerSecond >= 15_000 ? 'within' : 'OVER'}`,
    `ratio to ceiling ${result.ratioToCeiling} (budget >= 0.5): ${result.ratioToCeiling >= 0.5 ? 'within' : 'OVER'}`,
    `ack p99 at ${FIXED_RATE} spans/s ${result.ackP99Ms} ms (budget <= 250): ${result.ackP99Ms <= 250 ? 'within' : 'OVER'}`,
    `peak RSS ${result.peakRssMiB} MiB (budget <= 1536): ${result.peakRssMiB <= 1536 ? 'within' : 'OVER'}`,
    `pipeline (normalise + price + default redaction) ${result.pipelineSpansPerSecond} spans/s on one core; redaction ${result.redactionMicrosPerSpan} µs/span (all detectors ${result.redactionAllDetectorsMicrosPerSpan} µs/span)`,
  ];
  process.stdout.write(`\n${JSON.stringify(result, null, 2)}\n${budget.join('\n')}\n`);
  fs.mkdirSync('bench-results', { recursive: true });
  fs.writeFileSync(path.join('bench-results', 'ingest.json'), JSON.stringify({ at: new Date().toISOString(), ...result }, null, 2));
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench:ingest failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
