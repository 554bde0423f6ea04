// Writes OTLP answers: ExportTraceServiceResponse on success, google.rpc.Status on errors, in the request's encoding.
import type { ServerResponse } from 'node:http';
import { encodeExportResponse, encodeStatus } from '@/ingest/otlp/encode-response';

export type WireFormat = 'protobuf' | 'json';

const CONTENT_TYPE: Record<WireFormat, string> = { protobuf: 'application/x-protobuf', json: 'application/json' };

// google.rpc.Code values that match the HTTP statuses we send.
const RPC_CODE: Record<number, number> = { 400: 3, 401: 16, 403: 7, 404: 5, 405: 12, 413: 3, 415: 3, 429: 8, 500: 13, 503: 14 };

export function sendExportSuccess(res: ServerResponse, format: WireFormat, rejected?: { rejectedSpans: number; errorMessage: string }): void {
  const body = encodeExportResponse(format, rejected);
  res.writeHead(200, { 'Content-Type': CONTENT_TYPE[format], 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

export function sendStatus(
  res: ServerResponse,
  format: WireFormat,
  httpStatus: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = encodeStatus(format, RPC_CODE[httpStatus] ?? 2, message);
  res.writeHead(httpStatus, { 'Content-Type': CONTENT_TYPE[format], 'Content-Length': Buffer.byteLength(body), ...headers });
  res.end(body);
}
