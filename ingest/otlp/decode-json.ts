// Decodes an OTLP/JSON ExportTraceServiceRequest (the protobuf JSON mapping, with OTLP's hex ids) into DecodedTraces,
// rendering attribute values with the same renderers as the protobuf decoder.
//
// Leniency follows protobuf JSON parsers: lowerCamelCase or proto (snake_case) field names, null meaning "not set",
// enums as numbers or names, 64-bit integers as numbers or decimal strings, unknown fields ignored. A value of the
// wrong type refuses the whole request, except what validateSpan judges per span: ids are kept as sent (lower-cased)
// and absent times become 0n. Integers beyond 2^53 sent as JSON numbers arrive already rounded by JSON.parse; the
// mapping sends them as strings, which stay exact.
import { Buffer } from 'node:buffer';
import {
  COST,
  DecodeBudget,
  EMPTY_NESTED_VALUE,
  EMPTY_VALUE,
  MAX_VALUE_DEPTH,
  renderArray,
  renderBool,
  renderBytes,
  renderDouble,
  renderInt,
  renderKvlist,
  renderString,
  setAttribute,
  tooDeep,
} from './render-attributes';
import { OtlpDecodeError, type Attributes, type DecodedTraces, type OtlpEvent, type OtlpLink, type OtlpResource, type OtlpScope, type OtlpSpan } from './types';

type JsonObject = { readonly [key: string]: unknown };

const KINDS: Readonly<Record<string, number>> = {
  SPAN_KIND_UNSPECIFIED: 0, SPAN_KIND_INTERNAL: 1, SPAN_KIND_SERVER: 2, SPAN_KIND_CLIENT: 3, SPAN_KIND_PRODUCER: 4, SPAN_KIND_CONSUMER: 5,
};
const STATUS_CODES: Readonly<Record<string, number>> = { STATUS_CODE_UNSET: 0, STATUS_CODE_OK: 1, STATUS_CODE_ERROR: 2 };
const U64_MAX = (1n << 64n) - 1n;
const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;
// Length-capped so BigInt() never parses a megabyte of digits.
const INTEGER_TEXT = /^-?\d{1,20}$/;
const NUMBER_TEXT = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const EMPTY_LIST: readonly unknown[] = [];

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return v.length > 40 ? `a ${v.length}-character string` : JSON.stringify(v);
  if (typeof v === 'object') return 'an object';
  return String(v);
}

function fail(what: string, expected: string, got: unknown): never {
  throw new OtlpDecodeError(`${what} must be ${expected}, got ${describe(got)}`);
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A field by its lowerCamelCase name, else by its proto name. */
function get(o: JsonObject, camel: string, snake: string): unknown {
  const v = o[camel];
  return v === undefined ? o[snake] : v;
}

function object(v: unknown, what: string): JsonObject | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) fail(what, 'an object', v);
  return v;
}

/** An element of a repeated message field: null there is a type error, not "unset". */
function element(v: unknown, what: string): JsonObject {
  if (!isObject(v)) fail(what, 'an object', v);
  return v;
}

function list(v: unknown, what: string): readonly unknown[] {
  if (v === undefined || v === null) return EMPTY_LIST;
  if (!Array.isArray(v)) fail(what, 'an array', v);
  return v;
}

function str(v: unknown, what: string): string {
  if (typeof v === 'string') return v;
  if (v === undefined || v === null) return '';
  return fail(what, 'a string', v);
}

/** Ids are judged by validateSpan, so any text is kept; only a non-string is a type error. */
function id(v: unknown, what: string): string {
  return str(v, what).toLowerCase();
}

function integer(v: unknown, what: string, min: bigint, max: bigint): bigint {
  let n: bigint | undefined;
  if (v === undefined || v === null) return 0n;
  if (typeof v === 'number' && Number.isInteger(v)) n = BigInt(v);
  else if (typeof v === 'string' && INTEGER_TEXT.test(v)) n = BigInt(v);
  if (n === undefined || n < min || n > max) fail(what, `an integer from ${min} to ${max} (a number or a decimal string)`, v);
  return n;
}

function uint32(v: unknown, what: string): number {
  if (typeof v === 'number' && v >>> 0 === v) return v >>> 0;
  return Number(integer(v, what, 0n, 0xffffffffn));
}

function enumValue(v: unknown, names: Readonly<Record<string, number>>, what: string): number {
  if (typeof v === 'number' && (v | 0) === v) return v | 0;
  if (typeof v === 'string' && Object.hasOwn(names, v)) return names[v] as number;
  return Number(integer(v, what, -0x80000000n, 0x7fffffffn));
}

function double(v: unknown, what: string): number {
  if (typeof v === 'number') return v;
  if (v === 'NaN') return NaN;
  if (v === 'Infinity') return Infinity;
  if (v === '-Infinity') return -Infinity;
  if (typeof v === 'string' && v.length <= 64 && NUMBER_TEXT.test(v)) return Number(v);
  return fail(what, 'a number or "NaN", "Infinity", "-Infinity"', v);
}

class JsonDecoder {
  constructor(readonly budget: DecodeBudget) {}

  /** If a sender sets several members of the oneof (the mapping forbids it), the first in field order wins. */
  anyValue(v: unknown, depth: number, nested: boolean): string {
    if (depth > MAX_VALUE_DEPTH) throw tooDeep();
    const o = object(v, 'an AnyValue');
    if (o === undefined) return nested ? EMPTY_NESTED_VALUE : EMPTY_VALUE;
    let x = get(o, 'stringValue', 'string_value');
    if (x !== undefined && x !== null) return renderString(str(x, 'stringValue'), nested);
    x = get(o, 'boolValue', 'bool_value');
    if (x !== undefined && x !== null) return renderBool(typeof x === 'boolean' ? x : fail('boolValue', 'true or false', x));
    x = get(o, 'intValue', 'int_value');
    if (x !== undefined && x !== null) return renderInt(integer(x, 'intValue', I64_MIN, I64_MAX));
    x = get(o, 'doubleValue', 'double_value');
    if (x !== undefined && x !== null) return renderDouble(double(x, 'doubleValue'), nested);
    x = get(o, 'arrayValue', 'array_value');
    if (x !== undefined && x !== null) {
      const values = list(object(x, 'arrayValue')?.values, 'arrayValue.values');
      const items: string[] = [];
      for (const item of values) {
        this.budget.spend(COST.arrayItem);
        items.push(this.anyValue(item, depth + 1, true));
      }
      return renderArray(items);
    }
    x = get(o, 'kvlistValue', 'kvspanListvalue');
    if (x !== undefined && x !== null) {
      const entries = list(object(x, 'kvlistValue')?.values, 'kvlistValue.values');
      const keys: string[] = [];
      const values: string[] = [];
      for (const entry of entries) {
        this.budget.spend(COST.attribute);
        const kv = element(entry, 'a kvlistValue entry');
        keys.push(str(kv.key, 'key'));
        values.push(this.anyValue(kv.value, depth + 1, true));
      }
      return renderKvlist(keys, values);
    }
    x = get(o, 'bytesValue', 'bytes_value');
    // Re-encoded so base64url or unpadded input is stored in the same canonical form the protobuf decoder produces.
    if (x !== undefined && x !== null) return renderBytes(Buffer.from(str(x, 'bytesValue'), 'base64').toString('base64'));
    return nested ? EMPTY_NESTED_VALUE : EMPTY_VALUE;
  }

  attributes(v: unknown): Attributes {
    const out: Attributes = {};
    for (const entry of list(v, 'attributes')) {
      this.budget.spend(COST.attribute);
      const kv = element(entry, 'an attribute');
      const key = str(kv.key, 'an attribute key');
      try {
        setAttribute(out, key, this.anyValue(kv.value, 0, false));
      } catch (err) {
        throw err instanceof OtlpDecodeError ? new OtlpDecodeError(`attribute ${JSON.stringify(key)}: ${err.message}`) : err;
      }
    }
    return out;
  }

  resource(v: unknown): OtlpResource {
    const o = object(v, 'resource') ?? {};
    return { attributes: this.attributes(o.attributes), droppedAttributesCount: uint32(get(o, 'droppedAttributesCount', 'dropped_attributes_count'), 'droppedAttributesCount') };
  }

  scope(v: unknown): OtlpScope {
    const o = object(v, 'scope') ?? {};
    return { name: str(o.name, 'name'), version: str(o.version, 'version'), attributes: this.attributes(o.attributes) };
  }

  event(v: unknown): OtlpEvent {
    this.budget.spend(COST.event);
    const o = element(v, 'an event');
    return {
      timeUnixNano: integer(get(o, 'timeUnixNano', 'time_unix_nano'), 'timeUnixNano', 0n, U64_MAX),
      name: str(o.name, 'an event name'),
      attributes: this.attributes(o.attributes),
      droppedAttributesCount: uint32(get(o, 'droppedAttributesCount', 'dropped_attributes_count'), 'droppedAttributesCount'),
    };
  }

  link(v: unknown): OtlpLink {
    this.budget.spend(COST.link);
    const o = element(v, 'a link');
    return {
      traceId: id(get(o, 'traceId', 'trace_id'), 'a link traceId'),
      spanId: id(get(o, 'spanId', 'span_id'), 'a link spanId'),
      traceState: str(get(o, 'traceState', 'trace_state'), 'a link traceState'),
      attributes: this.attributes(o.attributes),
      droppedAttributesCount: uint32(get(o, 'droppedAttributesCount', 'dropped_attributes_count'), 'droppedAttributesCount'),
      flags: uint32(o.flags, 'flags'),
    };
  }

  span(v: unknown, resource: OtlpResource, scope: OtlpScope): OtlpSpan {
    this.budget.spend(COST.span);
    const o = element(v, 'a span');
    const status = object(o.status, 'status') ?? {};
    const events: OtlpEvent[] = [];
    for (const e of list(o.events, 'events')) events.push(this.event(e));
    const links: OtlpLink[] = [];
    for (const l of list(o.links, 'links')) links.push(this.link(l));
    return {
      traceId: id(get(o, 'traceId', 'trace_id'), 'traceId'),
      spanId: id(get(o, 'spanId', 'span_id'), 'spanId'),
      parentSpanId: id(get(o, 'parentSpanId', 'parent_span_id'), 'parentSpanId'),
      traceState: str(get(o, 'traceState', 'trace_state'), 'traceState'),
      flags: uint32(o.flags, 'flags'),
      name: str(o.name, 'name'),
      kind: enumValue(o.kind, KINDS, 'kind'),
      startTimeUnixNano: integer(get(o, 'startTimeUnixNano', 'start_time_unix_nano'), 'startTimeUnixNano', 0n, U64_MAX),
      endTimeUnixNano: integer(get(o, 'endTimeUnixNano', 'end_time_unix_nano'), 'endTimeUnixNano', 0n, U64_MAX),
      attributes: this.attributes(o.attributes),
      droppedAttributesCount: uint32(get(o, 'droppedAttributesCount', 'dropped_attributes_count'), 'droppedAttributesCount'),
      events,
      droppedEventsCount: uint32(get(o, 'droppedEventsCount', 'dropped_events_count'), 'droppedEventsCount'),
      links,
      droppedLinksCount: uint32(get(o, 'droppedLinksCount', 'dropped_links_count'), 'droppedLinksCount'),
      statusCode: enumValue(status.code, STATUS_CODES, 'status.code'),
      statusMessage: str(status.message, 'status.message'),
      resource,
      scope,
    };
  }
}

/** Prefixes a decode error with where in the request it happened. */
function at<T>(where: () => string, decode: () => T): T {
  try {
    return decode();
  } catch (err) {
    throw err instanceof OtlpDecodeError ? new OtlpDecodeError(`${where()}: ${err.message}`) : err;
  }
}

function parse(body: string | Uint8Array): { root: JsonObject; length: number } {
  let text = typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (err) {
    // SyntaxError, or RangeError for input nested too deeply for the parser.
    throw new OtlpDecodeError(`not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!isObject(root)) fail('the body', 'a JSON object', root);
  return { root, length: text.length };
}

export function decodeJsonTraces(body: string | Uint8Array): DecodedTraces {
  const { root, length } = parse(body);
  const d = new JsonDecoder(new DecodeBudget(length));
  const spans: OtlpSpan[] = [];
  try {
    const resourceSpans = list(get(root, 'resourceSpans', 'resource_spans'), 'resourceSpans');
    for (let i = 0; i < resourceSpans.length; i++) {
      const rs = element(resourceSpans[i], `resourceSpans[${i}]`);
      const resource = at(() => `resourceSpans[${i}].resource`, () => d.resource(rs.resource));
      const scopeSpans = list(get(rs, 'scopeSpans', 'scope_spans'), `resourceSpans[${i}].scopeSpans`);
      for (let j = 0; j < scopeSpans.length; j++) {
        const where = () => `resourceSpans[${i}].scopeSpans[${j}]`;
        const ss = at(where, () => element(scopeSpans[j], 'the entry'));
        const scope = at(() => `${where()}.scope`, () => d.scope(ss.scope));
        const spanList = at(where, () => list(ss.spans, 'spans'));
        for (let k = 0; k < spanList.length; k++) spans.push(at(() => `${where()}.spans[${k}]`, () => d.span(spanList[k], resource, scope)));
      }
    }
  } catch (err) {
    if (err instanceof OtlpDecodeError) throw err;
    // V8 throws RangeError when a rendered value would exceed its maximum string length.
    if (err instanceof RangeError) throw new OtlpDecodeError(`a value is too large to decode (${err.message})`);
    throw err;
  }
  return { spans };
}
