// When traces happen. Real LLM traffic is not uniform: it follows working hours (an EU morning bump and a larger
// US afternoon peak, in UTC), drops at weekends and grows a little week over week. We place exactly `count` start
// times by inverting the cumulative intensity, so `--traces N` is exact and the times come out already sorted.
import { Rng } from '../random';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Relative traffic intensity at a moment (UTC hour of day, weekday, growth since the window start). */
export function intensity(ms: number, windowStartMs: number): number {
  const date = new Date(ms);
  const hour = date.getUTCHours() + date.getUTCMinutes() / 60;
  const usPeak = Math.exp(-((hour - 16) ** 2) / (2 * 3.5 ** 2));
  const euMorning = 0.45 * Math.exp(-((hour - 9) ** 2) / (2 * 2.2 ** 2));
  const day = date.getUTCDay();
  const weekend = day === 0 || day === 6 ? 0.45 : 1;
  const growth = 1 + 0.02 * Math.max(0, (ms - windowStartMs) / DAY_MS);
  return (0.25 + usPeak + euMorning) * weekend * growth;
}

interface Bucket {
  readonly startMs: number;
  readonly endMs: number;
  readonly weight: number;
  /** Cumulative weighted length up to the end of this bucket. */
  readonly cumulative: number;
}

function buckets(fromMs: number, toMs: number): Bucket[] {
  const out: Bucket[] = [];
  let cumulative = 0;
  let start = fromMs;
  while (start < toMs) {
    const end = Math.min(toMs, (Math.floor(start / HOUR_MS) + 1) * HOUR_MS);
    const weight = intensity(start, fromMs);
    cumulative += weight * (end - start);
    out.push({ startMs: start, endMs: end, weight, cumulative });
    start = end;
  }
  return out;
}

/** `count` sorted start times in [fromMs, toMs), one per stratum of the cumulative intensity (low-discrepancy). */
export function* arrivalTimes(seed: number, count: number, fromMs: number, toMs: number): Generator<number> {
  if (count <= 0 || toMs <= fromMs) return;
  const table = buckets(fromMs, toMs);
  const total = table[table.length - 1]?.cumulative ?? 0;
  const rng = Rng.derive(seed, 'arrivals');
  let b = 0;
  for (let i = 0; i < count; i++) {
    const target = ((i + rng.next()) / count) * total;
    while (b < table.length - 1 && (table[b]?.cumulative ?? 0) < target) b++;
    const bucket = table[b];
    if (!bucket) return;
    const before = bucket.cumulative - bucket.weight * (bucket.endMs - bucket.startMs);
    yield Math.min(toMs - 1, bucket.startMs + (target - before) / bucket.weight);
  }
}
