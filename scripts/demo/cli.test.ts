// The CLI's options and run loop, with a fake exporter in place of the network.
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './cli/args';
import { formatSummary } from './cli/report';
import { EndpointRefusedError, runDemo } from './cli/run';
import type { CliOptions } from './cli/args';

/** Accepts everything, or fails every export the way the OTLP exporter reports an HTTP error. */
class FakeExporter implements SpanExporter {
  received = 0;
  calls = 0;
  constructor(private readonly status?: number) {}
  export(spans: ReadableSpan[], done: (result: any) => void): void {
    this.calls += 1;
    if (this.status) {
      done({ code: 1, error: Object.assign(new Error('Unauthorized'), { code: this.status }) });
      return;
    }
    this.received += spans.length;
    done({ code: 0 });
  }
  async shutdown(): Promise<void> {}
}

const END = Date.UTC(2025, 5, 15, 12, 0, 0);

function options(overrides: Partial<CliOptions>): CliOptions {
  const parsed = parseCliArgs([], {});
  if (parsed.kind !== 'run') throw new Error('defaults did not parse');
  return { ...parsed.options, apiKey: 'k', ...overrides };
}

describe('demo CLI', () => {
  it('parses options with environment fallbacks', () => {
    const parsed = parseCliArgs(['--days', '2', '--rate', '0.5', '--seed', '9', '--protocol', 'http/json'], {
      TOKENMETER_API_KEY: 'from-env', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
    });
    expect(parsed).toMatchObject({
      kind: 'run',
      options: { days: 2, rate: 0.5, seed: 9, protocol: 'http/json', apiKey: 'from-env', endpoint: 'http://collector:4318', live: false },
    });
    expect(parseCliArgs(['--duration', '30'], {})).toMatchObject({ options: { live: true, durationSeconds: 30 } });
    expect(parseCliArgs(['--protocol', 'grpc'], {})).toMatchObject({ kind: 'error' });
    expect(parseCliArgs(['--days', '-1'], {})).toMatchObject({ kind: 'error' });
    expect(parseCliArgs(['--help'], {})).toEqual({ kind: 'help' });
  });

  it('backfills the exact trace count and every span reaches the exporter', async () => {
    const exporter = new FakeExporter();
    const lines: string[] = [];
    const result = await runDemo(options({ traces: 300, days: 2 }), { exporter, now: () => END, log: (l) => lines.push(l) });
    expect(result.tally.traces).toBe(300);
    expect(exporter.received).toBe(result.tally.spans);
    expect(result.exported).toBe(result.tally.spans);
    expect(result.failed).toBe(0);
    const summary = formatSummary(result.tally, { exported: result.exported, failed: 0, seconds: 1, dryRun: false });
    expect(summary).toContain('traces 300');
    expect(summary).toContain('per convention:');
  });

  it('stops early with a clear message when the key is refused', async () => {
    const exporter = new FakeExporter(401);
    let traces = 0;
    const run = runDemo(options({ traces: 5000, days: 7 }), { exporter, now: () => END, log: (l) => { if (l.includes('traces')) traces += 1; } });
    await expect(run).rejects.toBeInstanceOf(EndpointRefusedError);
    await expect(run).rejects.toThrow('the API key was refused; pass --key or set TOKENMETER_API_KEY');
    expect(exporter.calls).toBeLessThan(20);
    expect(traces).toBeLessThan(3);
  });

  it('runs a bounded live phase that ends at the duration', async () => {
    let clock = END;
    const exporter = new FakeExporter();
    const result = await runDemo(options({ days: 0, live: true, rate: 600, durationSeconds: 1 }), {
      exporter, now: () => (clock += 25), log: () => {},
    });
    expect(result.tally.traces).toBeGreaterThan(0);
    expect(exporter.received).toBe(result.tally.spans);
  });
});
