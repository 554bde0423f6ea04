// A minimal reader of OTLP ExportTraceServiceRequest protobuf bytes, for tests: it checks the encoded bodies
// independently of the SDK (@opentelemetry/otlp-transformer has no public decoder). It walks
// request -> resource_spans(1) -> scope_spans(2) -> spans(2) and reads only what the tests assert on.

interface Field {
  readonly number: number;
  readonly wireType: number;
  /** LEN payload (wire type 2). */
  readonly bytes?: Uint8Array;
  /** VARINT / I64 / I32 value. */
  readonly value?: bigint;
}

function* fields(buf: Uint8Array): Generator<Field> {
  let pos = 0;
  const varint = (): bigint => {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      if (pos >= buf.length) throw new Error('truncated varint');
      const byte = buf[pos++] ?? 0;
      result |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return result;
      shift += 7n;
    }
  };
  const fixed = (bytes: number): bigint => {
    if (pos + bytes > buf.length) throw new Error('truncated fixed field');
    let result = 0n;
    for (let i = bytes - 1; i >= 0; i--) result = (result << 8n) | BigInt(buf[pos + i] ?? 0);
    pos += bytes;
    return result;
  };
  while (pos < buf.length) {
    const tag = Number(varint());
    const number = tag >>> 3;
    const wireType = tag & 7;
    if (wireType === 0) yield { number, wireType, value: varint() };
    else if (wireType === 1) yield { number, wireType, value: fixed(8) };
    else if (wireType === 5) yield { number, wireType, value: fixed(4) };
    else if (wireType === 2) {
      const length = Number(varint());
      if (pos + length > buf.length) throw new Error('truncated length-delimited field');
      yield { number, wireType, bytes: buf.subarray(pos, pos + length) };
      pos += length;
    } else {
      throw new Error(`unsupported wire type ${wireType}`);
    }
  }
}

function children(buf: Uint8Array, number: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const f of fields(buf)) if (f.number === number && f.bytes) out.push(f.bytes);
  return out;
}

const decoder = new TextDecoder();

/** Bytes of string values in an AnyValue, recursing into arrays and kvlists. */
function stringBytes(anyValue: Uint8Array): number {
  let total = 0;
  for (const f of fields(anyValue)) {
    if (f.number === 1 && f.bytes) total += f.bytes.length;
    else if ((f.number === 5 || f.number === 6) && f.bytes) {
      for (const item of children(f.bytes, 1)) {
        // ArrayValue.values are AnyValues; KeyValueList.values are KeyValues (value = field 2).
        total += f.number === 5 ? stringBytes(item) : children(item, 2).reduce((n, v) => n + stringBytes(v), 0);
      }
    }
  }
  return total;
}

function attributeContent(message: Uint8Array, attributesField: number): number {
  return children(message, attributesField).reduce((n, kv) => n + children(kv, 2).reduce((m, v) => m + stringBytes(v), 0), 0);
}

export interface WireSpan {
  readonly name: string;
  readonly startNanos: bigint;
  readonly endNanos: bigint;
  /** Bytes of string attribute values on the span and its events. */
  readonly contentBytes: number;
}

export function readTraceRequest(body: Uint8Array): WireSpan[] {
  const spans: WireSpan[] = [];
  for (const resourceSpans of children(body, 1)) {
    for (const scopeSpans of children(resourceSpans, 2)) {
      for (const span of children(scopeSpans, 2)) {
        let name = '';
        let startNanos = 0n;
        let endNanos = 0n;
        for (const f of fields(span)) {
          if (f.number === 5 && f.bytes) name = decoder.decode(f.bytes);
          if (f.number === 7 && f.value !== undefined) startNanos = f.value;
          if (f.number === 8 && f.value !== undefined) endNanos = f.value;
        }
        const events = children(span, 11).reduce((n, e) => n + attributeContent(e, 3), 0);
        spans.push({ name, startNanos, endNanos, contentBytes: attributeContent(span, 9) + events });
      }
    }
  }
  return spans;
}
