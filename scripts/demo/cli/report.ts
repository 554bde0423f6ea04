// Counting what was generated and explaining what went wrong, in words an operator can act on.
import type { ExportFailure } from '../emit/exporters';
import type { TraceScenario } from '../scenario/types';

export class Tally {
  traces = 0;
  spans = 0;
  failedTraces = 0;
  firstMs = Number.POSITIVE_INFINITY;
  lastMs = Number.NEGATIVE_INFINITY;
  readonly byConvention = new Map<string, { traces: number; spans: number }>();
  readonly byFeature = new Map<string, number>();
  readonly byTenant = new Map<string, number>();

  add(trace: TraceScenario, spans: number): void {
    this.traces += 1;
    this.spans += spans;
    if (trace.root.error) this.failedTraces += 1;
    this.firstMs = Math.min(this.firstMs, trace.startMs);
    this.lastMs = Math.max(this.lastMs, trace.startMs + trace.durationMs);
    const conv = this.byConvention.get(trace.deployment.convention) ?? { traces: 0, spans: 0 };
    conv.traces += 1;
    conv.spans += spans;
    this.byConvention.set(trace.deployment.convention, conv);
    this.byFeature.set(trace.feature, (this.byFeature.get(trace.feature) ?? 0) + 1);
    this.byTenant.set(trace.tenant, (this.byTenant.get(trace.tenant) ?? 0) + 1);
  }
}

const fmt = new Intl.NumberFormat('en-US');

function share(map: ReadonlyMap<string, number>, total: number): string {
  return [...map.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${fmt.format(n)} (${((100 * n) / Math.max(1, total)).toFixed(0)}%)`).join(', ');
}

export function formatSummary(tally: Tally, extra: { exported?: number; failed?: number; seconds: number; dryRun: boolean }): string {
  const lines = [
    `traces ${fmt.format(tally.traces)}, spans ${fmt.format(tally.spans)}` +
      (extra.dryRun ? ' (dry run: nothing sent)' : `, spans accepted ${fmt.format(extra.exported ?? 0)}, failed ${fmt.format(extra.failed ?? 0)}`) +
      `, ${extra.seconds.toFixed(1)} s`,
  ];
  if (tally.traces > 0) {
    lines.push(`time range ${new Date(tally.firstMs).toISOString()} .. ${new Date(tally.lastMs).toISOString()}`);
    lines.push(`traces ending in an error: ${fmt.format(tally.failedTraces)} (${((100 * tally.failedTraces) / tally.traces).toFixed(1)}%)`);
    lines.push('per convention:');
    for (const [name, c] of [...tally.byConvention.entries()].sort((a, b) => b[1].traces - a[1].traces)) {
      lines.push(`  ${name.padEnd(14)} ${fmt.format(c.traces).padStart(7)} traces ${fmt.format(c.spans).padStart(9)} spans`);
    }
    lines.push(`per feature: ${share(tally.byFeature, tally.traces)}`);
    lines.push(`per tenant: ${share(tally.byTenant, tally.traces)}`);
  }
  return lines.join('\n');
}

/** The refusal, with what to do about it. */
export function describeFailure(failure: ExportFailure, url: string): string {
  switch (failure.httpStatus) {
    case 401:
    case 403:
      return `the API key was refused; pass --key or set TOKENMETER_API_KEY (HTTP ${failure.httpStatus} from ${url})`;
    case 404:
      return `${url} does not exist (HTTP 404); check --endpoint (give the base URL, /v1/traces is appended)`;
    case 413:
      return `the endpoint refused the request size (HTTP 413 from ${url})`;
    case 415:
      return `the endpoint does not accept this encoding (HTTP 415 from ${url}); try --protocol http/json or http/protobuf`;
    case undefined:
      return `could not deliver spans to ${url}: ${failure.message}; is the server running and is --endpoint right?`;
    default:
      return `the endpoint refused the spans (HTTP ${failure.httpStatus} from ${url}): ${failure.message}`;
  }
}
