// Micro-benchmark of the "understand" stage (not a test): npx tsx ingest/conventions/normalise.bench.ts
// Demo traffic in all eight conventions, encoded by the official serializer and decoded once; only normaliseSpan
// is timed. The ingest budget is 15,000 spans/s on one core for everything, so this stage should take a small part.
import { decodeProtobufTraces } from '@/ingest/otlp/decode-protobuf';
import type { OtlpSpan } from '@/ingest/otlp/types';
import { encodeDemoBatches } from '@/scripts/demo/emit';
import { DEFAULT_NORMALISE_SETTINGS, normaliseSpan } from './normalise-span';

const SPANS = 20_000;
const ROUNDS = 15;

async function main(): Promise<void> {
  const bodies = await encodeDemoBatches({ seed: 42, spans: SPANS, batchSize: 1000, endMs: Date.UTC(2026, 10, 20, 12), days: 7 });
  const spans: OtlpSpan[] = bodies.flatMap((body) => decodeProtobufTraces(body).spans);
  const llmSpans = spans.filter((s) => normaliseSpan(s, DEFAULT_NORMALISE_SETTINGS).type === 'llm').length;

  let sink = 0;
  const run = (): number => {
    const t = performance.now();
    for (const span of spans) sink += normaliseSpan(span, DEFAULT_NORMALISE_SETTINGS).conventions.length;
    return performance.now() - t;
  };
  for (let i = 0; i < 3; i++) run(); // warm-up: let the JIT settle
  const perRound: number[] = [];
  for (let i = 0; i < ROUNDS; i++) perRound.push(run());
  perRound.sort((a, b) => a - b);
  const median = perRound[Math.floor(ROUNDS / 2)] as number;
  const best = perRound[0] as number;
  const rate = (ms: number) => Math.round((spans.length / ms) * 1000).toLocaleString('en-US');
  console.log(`normaliseSpan over ${spans.length.toLocaleString('en-US')} demo spans (${llmSpans.toLocaleString('en-US')} LLM calls), ${ROUNDS} rounds`);
  console.log(`  median ${median.toFixed(1)} ms = ${rate(median)} spans/s   best ${best.toFixed(1)} ms = ${rate(best)} spans/s`);
  console.log(`  ${((median * 1000) / spans.length).toFixed(1)} µs per span (checksum ${sink})`);
}

void main();
