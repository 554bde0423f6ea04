// Command-line options of the demo generator. Defaults follow the OTLP exporter environment variables where one
// exists, so the CLI behaves like any other OpenTelemetry client pointed at Tokenmeter.
import { parseArgs } from 'node:util';
import type { OtlpProtocol } from '../emit/exporters';

export interface CliOptions {
  readonly days: number;
  /** Traces per minute: backfill density and live rate. */
  readonly rate: number;
  /** Exact backfill trace count (overrides days x rate). */
  readonly traces: number | undefined;
  readonly seed: number;
  readonly endpoint: string;
  readonly apiKey: string | undefined;
  readonly protocol: OtlpProtocol;
  readonly live: boolean;
  /** Live phase length in seconds; 0 = until Ctrl-C. */
  readonly durationSeconds: number;
  /** Generate and encode, but send nothing. */
  readonly dryRun: boolean;
}

export const USAGE = `Tokenmeter demo traffic: deterministic LLM-application traces sent over OTLP/HTTP.

Usage: npx tsx scripts/demo/cli.ts [options]

  --days N          backfill N days of history ending now (default 7; 0 = no backfill)
  --rate R          traces per minute, for the backfill density and the live rate (default 2: 7 days ≈ 20k traces)
  --traces N        exact number of backfilled traces (instead of days x rate)
  --seed S          random seed (default 42); the same seed gives the same traces and ids, so use another seed
                    to add data rather than re-send it
  --endpoint URL    OTLP/HTTP base URL, /v1/traces is appended (default $OTEL_EXPORTER_OTLP_ENDPOINT or
                    http://localhost:4318)
  --key KEY         project API key, sent as "Authorization: Bearer KEY" (default $TOKENMETER_API_KEY)
  --protocol P      http/protobuf (default) or http/json
  --live            after the backfill, keep sending at --rate until Ctrl-C
  --duration S      stop the live phase after S seconds (default 0 = until Ctrl-C; implies --live when > 0)
  --dry-run         generate and encode everything in memory, send nothing, print the summary
  -h, --help        this text`;

export type ParsedArgs = { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'error'; message: string };

function number(value: string | undefined, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < min) throw new Error(`--${name} must be a number >= ${min}, got "${value}"`);
  return parsed;
}

export function parseCliArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): ParsedArgs {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        days: { type: 'string' },
        rate: { type: 'string' },
        traces: { type: 'string' },
        seed: { type: 'string' },
        endpoint: { type: 'string' },
        key: { type: 'string' },
        protocol: { type: 'string' },
        live: { type: 'boolean' },
        duration: { type: 'string' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) return { kind: 'help' };
    const protocol = values.protocol ?? env.OTEL_EXPORTER_OTLP_PROTOCOL ?? 'http/protobuf';
    if (protocol !== 'http/protobuf' && protocol !== 'http/json') {
      throw new Error(`--protocol must be http/protobuf or http/json, got "${protocol}"`);
    }
    const durationSeconds = number(values.duration, 'duration', 0, 0);
    const rate = number(values.rate, 'rate', 2, 0);
    const live = Boolean(values.live) || durationSeconds > 0;
    if (live && rate <= 0) throw new Error('--live needs a --rate above 0');
    return {
      kind: 'run',
      options: {
        days: number(values.days, 'days', 7, 0),
        rate,
        traces: values.traces === undefined ? undefined : Math.floor(number(values.traces, 'traces', 0, 0)),
        seed: Math.floor(number(values.seed, 'seed', 42, 0)),
        endpoint: values.endpoint ?? env.OTEL_EXPORTER_OTLP_ENDPOINT ?? 'http://localhost:4318',
        apiKey: values.key ?? env.TOKENMETER_API_KEY,
        protocol,
        live,
        durationSeconds,
        dryRun: Boolean(values['dry-run']),
      },
    };
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
