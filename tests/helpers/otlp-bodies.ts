// Encodes OTLP request bodies the way the official SDK does (protobuf and JSON), for tests that send raw requests.
import { JsonTraceSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';

export function protobufBody(spans: ReadableSpan[]): Uint8Array {
  const body = ProtobufTraceSerializer.serializeRequest(spans);
  if (!body) throw new Error('serialisation failed');
  return body;
}

export function jsonBody(spans: ReadableSpan[]): string {
  const body = JsonTraceSerializer.serializeRequest(spans);
  if (!body) throw new Error('serialisation failed');
  return new TextDecoder().decode(body);
}

export async function postTraces(
  otlpUrl: string,
  body: Uint8Array | string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Headers; bytes: Uint8Array; json: () => unknown }> {
  const payload = body as string | Uint8Array<ArrayBuffer>;
  const r = await fetch(`${otlpUrl}/v1/traces`, { method: 'POST', body: payload, headers });
  const bytes = new Uint8Array(await r.arrayBuffer());
  return { status: r.status, headers: r.headers, bytes, json: () => JSON.parse(new TextDecoder().decode(bytes)) };
}
