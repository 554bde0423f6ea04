// Epoch milliseconds (with fractions) to OpenTelemetry HrTime. Going through whole microseconds avoids float noise
// in the nanosecond part, which would otherwise differ between runs on different machines.
import type { HrTime } from '@opentelemetry/api';

export function toHrTime(epochMs: number): HrTime {
  const micros = Math.round(epochMs * 1000);
  const seconds = Math.floor(micros / 1_000_000);
  return [seconds, (micros - seconds * 1_000_000) * 1000];
}
