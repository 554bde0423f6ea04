// Encodes the receiver's answers: ExportTraceServiceResponse (with partial_success when spans were rejected) and
// google.rpc.Status for errors, as protobuf or JSON.

function varint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v > 0x7f) {
    out.push((v % 128) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
}

function lengthDelimited(field: number, payload: Uint8Array): number[] {
  return [(field << 3) | 2, ...varint(payload.length), ...payload];
}

export function encodeExportResponse(format: 'protobuf' | 'json', partial?: { rejectedSpans: number; errorMessage: string }): Uint8Array | string {
  if (format === 'json') {
    return partial ? JSON.stringify({ partialSuccess: { rejectedSpans: String(partial.rejectedSpans), errorMessage: partial.errorMessage } }) : '{}';
  }
  if (!partial) return new Uint8Array(0);
  const inner = new Uint8Array([(1 << 3) | 0, ...varint(partial.rejectedSpans), ...lengthDelimited(2, Buffer.from(partial.errorMessage, 'utf8'))]);
  return new Uint8Array(lengthDelimited(1, inner));
}

export function encodeStatus(format: 'protobuf' | 'json', code: number, message: string): Uint8Array | string {
  if (format === 'json') return JSON.stringify({ code, message });
  return new Uint8Array([(1 << 3) | 0, ...varint(code), ...lengthDelimited(2, Buffer.from(message, 'utf8'))]);
}
