// Encodes the receiver's answers in the request's encoding: ExportTraceServiceResponse on success (with
// partial_success only when spans were rejected) and google.rpc.Status for errors.
import { ProtobufWriter } from './protobuf-writer';

export type ResponseFormat = 'protobuf' | 'json';

export interface PartialSuccess {
  readonly rejectedSpans: number;
  readonly errorMessage: string;
}

export function encodeExportResponse(format: ResponseFormat, partial?: PartialSuccess): Uint8Array | string {
  if (format === 'json') {
    // int64 is a decimal string in the protobuf JSON mapping.
    return partial ? JSON.stringify({ partialSuccess: { rejectedSpans: String(partial.rejectedSpans), errorMessage: partial.errorMessage } }) : '{}';
  }
  const response = new ProtobufWriter();
  if (partial) {
    const inner = new ProtobufWriter();
    // proto3 leaves zero / empty fields off the wire.
    if (partial.rejectedSpans !== 0) inner.varint(1, partial.rejectedSpans);
    if (partial.errorMessage !== '') inner.string(2, partial.errorMessage);
    response.message(1, inner);
  }
  return response.finish();
}

/** google.rpc.Status { int32 code = 1; string message = 2; } (details are never sent). */
export function encodeStatus(format: ResponseFormat, code: number, message: string): Uint8Array | string {
  if (format === 'json') return JSON.stringify({ code, message });
  const status = new ProtobufWriter();
  if (code !== 0) status.varint(1, code);
  if (message !== '') status.string(2, message);
  return status.finish();
}
