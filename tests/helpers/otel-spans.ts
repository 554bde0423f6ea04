// Builds ReadableSpans as the OpenTelemetry SDK hands them to exporters, with ids and times under the test's
// control, and exports them through the official OTLP exporters.
import { randomBytes } from 'node:crypto';
import { SpanKind, SpanStatusCode, type Attributes, type HrTime } from '@opentelemetry/api';
import { OTLPTraceExporter as HttpJsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { CompressionAlgorithm } from '@opentelemetry/otlp-exporter-base';
import { resourceFromAttributes } from '@opentelemetry/resources';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';

export const hex = (bytes: number) => randomBytes(bytes).toString('hex');

export function hrTime(ms: number, extraNanos = 0): HrTime {
  const seconds = Math.floor(ms / 1000);
  return [seconds, (ms - seconds * 1000) * 1_000_000 + extraNanos];
}

export interface SpanSpec {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  startMs: number;
  durationMs: number;
  attributes?: Attributes;
  kind?: SpanKind;
  error?: string;
  events?: { name: string; atMs: number; attributes?: Attributes }[];
  resource?: Attributes;
}

export function readableSpan(s: SpanSpec): ReadableSpan {
  const start = hrTime(s.startMs, 123);
  const end = hrTime(s.startMs + s.durationMs, 456);
  return {
    name: s.name,
    kind: s.kind ?? SpanKind.INTERNAL,
    spanContext: () => ({ traceId: s.traceId, spanId: s.spanId, traceFlags: 1 }),
    parentSpanContext: s.parentSpanId ? { traceId: s.traceId, spanId: s.parentSpanId, traceFlags: 1 } : undefined,
    startTime: start,
    endTime: end,
    duration: hrTime(s.durationMs),
    status: s.error ? { code: SpanStatusCode.ERROR, message: s.error } : { code: SpanStatusCode.UNSET },
    attributes: s.attributes ?? {},
    links: [],
    events: (s.events ?? []).map((e) => ({ name: e.name, time: hrTime(e.atMs), attributes: e.attributes ?? {}, droppedAttributesCount: 0 })),
    ended: true,
    resource: resourceFromAttributes({ 'service.name': 'checkout-api', 'deployment.environment.name': 'test', ...s.resource }),
    instrumentationScope: { name: 'tokenmeter-tests', version: '1.0.0' },
    droppedAttributesCount: 0,
    droppedEventsCount: 0,
    droppedLinksCount: 0,
  };
}

export type ExporterKind = 'proto' | 'json';

export function officialExporter(kind: ExporterKind, options: { baseUrl: string; apiKey: string; gzip: boolean; timeoutMillis?: number }) {
  const config = {
    url: `${options.baseUrl}/v1/traces`,
    headers: { Authorization: `Bearer ${options.apiKey}` },
    compression: options.gzip ? CompressionAlgorithm.GZIP : CompressionAlgorithm.NONE,
    timeoutMillis: options.timeoutMillis ?? 10_000,
  };
  return kind === 'proto' ? new ProtoExporter(config) : new HttpJsonExporter(config);
}

/** Exports through an official exporter and resolves with its verdict (0 success, 1 failure) and error, if any. */
export function exportSpans(exporter: ReturnType<typeof officialExporter>, spans: ReadableSpan[]): Promise<{ code: number; error?: Error }> {
  return new Promise((resolve) => exporter.export(spans, (result) => resolve({ code: result.code, error: result.error })));
}
