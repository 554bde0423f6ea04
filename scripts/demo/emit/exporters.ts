// The network side: the official OTLP/HTTP exporters (protobuf by default, JSON on request), wrapped so the CLI can
// count what was accepted and stop early with a clear message when the endpoint refuses the data. Batch span
// processors only log export failures; without this wrapper a wrong API key would look like a successful run.
import { OTLPTraceExporter as OTLPTraceExporterJson } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OTLPTraceExporterProto } from '@opentelemetry/exporter-trace-otlp-proto';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';

export type OtlpProtocol = 'http/protobuf' | 'http/json';

export interface OtlpExporterOptions {
  /** Base URL, e.g. http://localhost:4318; `/v1/traces` is appended. */
  readonly endpoint: string;
  readonly apiKey?: string;
  readonly protocol?: OtlpProtocol;
  readonly timeoutMillis?: number;
}

export function tracesUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/v1/traces`;
}

export function createOtlpExporter(options: OtlpExporterOptions): SpanExporter {
  const headers: Record<string, string> = options.apiKey ? { Authorization: `Bearer ${options.apiKey}` } : {};
  const config = {
    url: tracesUrl(options.endpoint),
    headers,
    timeoutMillis: options.timeoutMillis ?? 10_000,
  };
  return options.protocol === 'http/json' ? new OTLPTraceExporterJson(config) : new OTLPTraceExporterProto(config);
}

type ExportResult = Parameters<Parameters<SpanExporter['export']>[1]>[0];
// ExportResultCode.SUCCESS from @opentelemetry/core (not a direct dependency of this project).
const SUCCESS = 0;

export interface ExportFailure {
  readonly spans: number;
  readonly message: string;
  /** HTTP status when the server answered (OTLPExporterError carries it as `code`). */
  readonly httpStatus: number | undefined;
}

/**
 * Counts exported and failed spans and remembers the first failure. Its `shutdown` is deliberately a no-op: several
 * providers share it and each would shut it down; the owner calls `close()` once at the very end.
 */
export class TrackingExporter implements SpanExporter {
  exported = 0;
  failed = 0;
  firstFailure: ExportFailure | undefined;

  constructor(private readonly inner: SpanExporter) {}

  export(spans: ReadableSpan[], resultCallback: (result: ExportResult) => void): void {
    this.inner.export(spans, (result) => {
      if (result.code === SUCCESS) {
        this.exported += spans.length;
      } else {
        this.failed += spans.length;
        if (!this.firstFailure) {
          const error = result.error as (Error & { code?: unknown }) | undefined;
          const status = typeof error?.code === 'number' ? error.code : undefined;
          this.firstFailure = { spans: spans.length, message: error?.message ?? 'export failed', httpStatus: status };
        }
      }
      resultCallback(result);
    });
  }

  async forceFlush(): Promise<void> {
    await this.inner.forceFlush?.();
  }

  async shutdown(): Promise<void> {}

  async close(): Promise<void> {
    await this.inner.shutdown();
  }
}
