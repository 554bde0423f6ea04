// Decodes an OTLP/JSON ExportTraceServiceRequest (protobuf JSON mapping: lowerCamelCase or proto field names,
// hex ids, enums as integers or names, int64 as string or number, unknown fields ignored) into DecodedTraces.
import { MAX_VALUE_DEPTH, newAttributes, renderAnyValue, type AnyValue } from './render-attributes';
import { OtlpDecodeError, type Attributes, type DecodedTraces, type OtlpEvent, type OtlpLink, type OtlpResource, type OtlpScope, type OtlpSpan } from './types';

type Json = Record<string, unknown>;

function field(obj: Json, camel: string, snake: string): unknown {
  return obj[camel] !== undefined ? obj[camel] : obj[snake];
}

function object(v: unknown, what: string): Json {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) throw new OtlpDecodeError(`${what} must be an object`);
  return v as Json;
}

function list(v: unknown, what: string): unknown[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new OtlpDecodeError(`${what} must be an array`);
  return v;
}

function str(v: unknown, what: string): string {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') throw new OtlpDecodeError(`${what} must be a string`);
  return v;
}

function int(v: unknown, what: string): bigint {
  if (v === undefined || v === null) return 0n;
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  if (typeof v === 'string' && /^-?\d{1,20}$/.test(v)) return BigInt(v);
  throw new OtlpDecodeError(`${what} must be an integer (a number or a decimal string)`);
}

function small(v: unknown, what: string): number {
  const n = int(v, what);
  if (n < 0n || n > 0xffffffffn) throw new OtlpDecodeError(`${what} is out of range`);
  return Number(n);
}

function enumValue(v: unknown, names: Record<string, number>, what: string): number {
  if (typeof v === 'string' && v in names) return names[v] as number;
  return small(v, what);
}

const KINDS = { SPAN_KIND_UNSPECIFIED: 0, SPAN_KIND_INTERNAL: 1, SPAN_KIND_SERVER: 2, SPAN_KIND_CLIENT: 3, SPAN_KIND_PRODUCER: 4, SPAN_KIND_CONSUMER: 5 };
const STATUS = { STATUS_CODE_UNSET: 0, STATUS_CODE_OK: 1, STATUS_CODE_ERROR: 2 };

function id(v: unknown, what: string): string {
  return str(v, what).toLowerCase();
}

function anyValue(v: unknown, depth: number): AnyValue | undefined {
  if (depth > MAX_VALUE_DEPTH) throw new OtlpDecodeError(`attribute values nested deeper than ${MAX_VALUE_DEPTH} levels`);
  const o = object(v, 'an AnyValue');
  const s = field(o, 'stringValue', 'string_value');
  if (s !== undefined && s !== null) return { kind: 'string', value: str(s, 'stringValue') };
  const b = field(o, 'boolValue', 'bool_value');
  if (b !== undefined && b !== null) {
    if (typeof b !== 'boolean') throw new OtlpDecodeError('boolValue must be a boolean');
    return { kind: 'bool', value: b };
  }
  const i = field(o, 'intValue', 'int_value');
  if (i !== undefined && i !== null) return { kind: 'int', value: BigInt.asIntN(64, int(i, 'intValue')) };
  const d = field(o, 'doubleValue', 'double_value');
  if (d !== undefined && d !== null) {
    if (typeof d === 'number') return { kind: 'double', value: d };
    if (d === 'NaN' || d === 'Infinity' || d === '-Infinity') return { kind: 'double', value: Number(d) };
    if (typeof d === 'string' && d.trim() !== '' && Number.isFinite(Number(d))) return { kind: 'double', value: Number(d) };
    throw new OtlpDecodeError('doubleValue must be a number');
  }
  const a = field(o, 'arrayValue', 'array_value');
  if (a !== undefined && a !== null) {
    return { kind: 'array', values: list(object(a, 'arrayValue').values, 'arrayValue.values').map((x) => anyValue(x, depth + 1)) };
  }
  const kv = field(o, 'kvlistValue', 'kvlist_value');
  if (kv !== undefined && kv !== null) {
    return {
      kind: 'kvlist',
      entries: list(object(kv, 'kvlistValue').values, 'kvlistValue.values').map((e) => {
        const entry = object(e, 'a key-value');
        return [str(entry.key, 'key'), entry.value === undefined ? undefined : anyValue(entry.value, depth + 1)] as [string, AnyValue | undefined];
      }),
    };
  }
  const bytes = field(o, 'bytesValue', 'bytes_value');
  if (bytes !== undefined && bytes !== null) {
    // Re-encode so that both decoders render the same canonical base64.
    return { kind: 'bytes', base64: Buffer.from(str(bytes, 'bytesValue'), 'base64').toString('base64') };
  }
  return undefined;
}

function attributes(v: unknown): Attributes {
  const out = newAttributes();
  for (const kv of list(v, 'attributes')) {
    const o = object(kv, 'an attribute');
    out[str(o.key, 'attribute key')] = renderAnyValue(o.value === undefined ? undefined : anyValue(o.value, 0));
  }
  return out;
}

function resource(v: unknown): OtlpResource {
  const o = object(v, 'resource');
  return { attributes: attributes(o.attributes), droppedAttributesCount: small(field(o, 'droppedAttributesCount', 'dropped_attributes_count'), 'droppedAttributesCount') };
}

function scope(v: unknown): OtlpScope {
  const o = object(v, 'scope');
  return { name: str(o.name, 'scope.name'), version: str(o.version, 'scope.version'), attributes: attributes(o.attributes) };
}

function event(v: unknown): OtlpEvent {
  const o = object(v, 'an event');
  return {
    timeUnixNano: BigInt.asUintN(64, int(field(o, 'timeUnixNano', 'time_unix_nano'), 'event time')),
    name: str(o.name, 'event name'),
    attributes: attributes(o.attributes),
    droppedAttributesCount: small(field(o, 'droppedAttributesCount', 'dropped_attributes_count'), 'droppedAttributesCount'),
  };
}

function link(v: unknown): OtlpLink {
  const o = object(v, 'a link');
  return {
    traceId: id(field(o, 'traceId', 'trace_id'), 'link traceId'),
    spanId: id(field(o, 'spanId', 'span_id'), 'link spanId'),
    traceState: str(field(o, 'traceState', 'trace_state'), 'link traceState'),
    attributes: attributes(o.attributes),
    droppedAttributesCount: small(field(o, 'droppedAttributesCount', 'dropped_attributes_count'), 'droppedAttributesCount'),
    flags: small(o.flags, 'link flags'),
  };
}

function span(v: unknown, res: OtlpResource, sc: OtlpScope): OtlpSpan {
  const o = object(v, 'a span');
  const status = object(o.status, 'status');
  return {
    traceId: id(field(o, 'traceId', 'trace_id'), 'traceId'),
    spanId: id(field(o, 'spanId', 'span_id'), 'spanId'),
    parentSpanId: id(field(o, 'parentSpanId', 'parent_span_id'), 'parentSpanId'),
    traceState: str(field(o, 'traceState', 'trace_state'), 'traceState'),
    flags: small(o.flags, 'flags'),
    name: str(o.name, 'name'),
    kind: enumValue(o.kind, KINDS, 'kind'),
    startTimeUnixNano: BigInt.asUintN(64, int(field(o, 'startTimeUnixNano', 'start_time_unix_nano'), 'startTimeUnixNano')),
    endTimeUnixNano: BigInt.asUintN(64, int(field(o, 'endTimeUnixNano', 'end_time_unix_nano'), 'endTimeUnixNano')),
    attributes: attributes(o.attributes),
    droppedAttributesCount: small(field(o, 'droppedAttributesCount', 'dropped_attributes_count'), 'droppedAttributesCount'),
    events: list(o.events, 'events').map(event),
    droppedEventsCount: small(field(o, 'droppedEventsCount', 'dropped_events_count'), 'droppedEventsCount'),
    links: list(o.links, 'links').map(link),
    droppedLinksCount: small(field(o, 'droppedLinksCount', 'dropped_links_count'), 'droppedLinksCount'),
    statusCode: enumValue(status.code, STATUS, 'status.code'),
    statusMessage: str(status.message, 'status.message'),
    resource: res,
    scope: sc,
  };
}

export function decodeJsonTraces(body: string | Uint8Array): DecodedTraces {
  let parsed: unknown;
  try {
    parsed = JSON.parse(typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'));
  } catch (err) {
    // JSON.parse throws RangeError for input nested too deeply for the stack: also undecodable.
    throw new OtlpDecodeError(`not valid JSON (${err instanceof Error ? err.message : 'parse error'})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new OtlpDecodeError('the body must be a JSON object');
  const spans: OtlpSpan[] = [];
  try {
    for (const rsValue of list(field(parsed as Json, 'resourceSpans', 'resource_spans'), 'resourceSpans')) {
      const rs = object(rsValue, 'a resourceSpans entry');
      const res = resource(rs.resource);
      for (const ssValue of list(field(rs, 'scopeSpans', 'scope_spans'), 'scopeSpans')) {
        const ss = object(ssValue, 'a scopeSpans entry');
        const sc = scope(ss.scope);
        for (const s of list(ss.spans, 'spans')) spans.push(span(s, res, sc));
      }
    }
  } catch (err) {
    if (err instanceof OtlpDecodeError) throw err;
    if (err instanceof RangeError) throw new OtlpDecodeError('attribute values nested too deeply');
    throw err;
  }
  return { spans };
}
