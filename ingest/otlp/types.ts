// The decoded form of an ExportTraceServiceRequest, shared by the protobuf and JSON decoders.
// It is flat on purpose: one entry per span, pointing at its (shared) resource and scope, so later stages never
// walk the nested OTLP tree again.

/**
 * Attribute values as they are stored: a string stays as sent; any other AnyValue is rendered as JSON text
 * (int64 as a decimal integer, double as a JSON number or "NaN"/"Infinity"/"-Infinity" in quotes, bool as
 * true/false, bytes as a base64 JSON string, arrays as JSON arrays and kvlists as JSON objects of the same rendering).
 * The protobuf and JSON decoders must render every value identically.
 */
export type Attributes = Record<string, string>;

export interface OtlpResource {
  readonly attributes: Attributes;
  readonly droppedAttributesCount: number;
}

export interface OtlpScope {
  readonly name: string;
  readonly version: string;
  readonly attributes: Attributes;
}

export interface OtlpEvent {
  readonly timeUnixNano: bigint;
  readonly name: string;
  readonly attributes: Attributes;
  readonly droppedAttributesCount: number;
}

export interface OtlpLink {
  /** Lower-case hex as received (validated later, like the span's own ids). */
  readonly traceId: string;
  readonly spanId: string;
  readonly traceState: string;
  readonly attributes: Attributes;
  readonly droppedAttributesCount: number;
  readonly flags: number;
}

export interface OtlpSpan {
  /** Lower-case hex of the bytes sent (protobuf) or the string sent, lower-cased (JSON); not yet validated. */
  readonly traceId: string;
  readonly spanId: string;
  /** Empty string for a root span. */
  readonly parentSpanId: string;
  readonly traceState: string;
  readonly flags: number;
  readonly name: string;
  /** 0 UNSPECIFIED, 1 INTERNAL, 2 SERVER, 3 CLIENT, 4 PRODUCER, 5 CONSUMER (other values kept as sent). */
  readonly kind: number;
  /** 0n when absent. */
  readonly startTimeUnixNano: bigint;
  readonly endTimeUnixNano: bigint;
  readonly attributes: Attributes;
  readonly droppedAttributesCount: number;
  readonly events: readonly OtlpEvent[];
  readonly droppedEventsCount: number;
  readonly links: readonly OtlpLink[];
  readonly droppedLinksCount: number;
  /** 0 UNSET, 1 OK, 2 ERROR. */
  readonly statusCode: number;
  readonly statusMessage: string;
  readonly resource: OtlpResource;
  readonly scope: OtlpScope;
}

export interface DecodedTraces {
  readonly spans: OtlpSpan[];
}

/** Thrown by a decoder for a body it cannot decode at all: the receiver answers 400 with this message. */
export class OtlpDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OtlpDecodeError';
  }
}
