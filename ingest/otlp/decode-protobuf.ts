// Decodes a protobuf ExportTraceServiceRequest straight into the flat DecodedTraces form in one pass over the wire
// format, without an intermediate message tree (field numbers: opentelemetry-proto trace.proto, common.proto).
import { ProtobufReader, WIRE_I32, WIRE_I64, WIRE_LEN, WIRE_VARINT, wireName } from './protobuf-reader';
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

// A known field sent with another wire type is corruption, not a newer schema: refuse it rather than guess.
function expect(tag: number, wire: number, what: string): void {
  if ((tag & 7) !== wire) throw new OtlpDecodeError(`${what} has wire type ${wireName(tag & 7)}, expected ${wireName(wire)}`);
}

class Decoder {
  readonly r: ProtobufReader;
  readonly budget: DecodeBudget;
  /** The key of the last keyValue() call: a field, so the hot attribute path allocates no [key, value] pair. */
  key = '';

  constructor(body: Uint8Array) {
    this.r = new ProtobufReader(body);
    this.budget = new DecodeBudget(body.byteLength);
  }

  /** One AnyValue as its stored string; `nested` selects the form used inside arrays and kvlists. */
  anyValue(end: number, depth: number, nested: boolean): string {
    if (depth > MAX_VALUE_DEPTH) throw tooDeep();
    const r = this.r;
    let out = nested ? EMPTY_NESTED_VALUE : EMPTY_VALUE;
    while (r.pos < end) {
      const tag = r.tag(end);
      switch (tag >>> 3) {
        case 1: expect(tag, WIRE_LEN, 'AnyValue.string_value'); out = renderString(r.string(end), nested); break;
        case 2: expect(tag, WIRE_VARINT, 'AnyValue.bool_value'); out = renderBool(r.bool(end)); break;
        case 3: expect(tag, WIRE_VARINT, 'AnyValue.int_value'); out = renderInt(r.int64Value(end)); break;
        case 4: expect(tag, WIRE_I64, 'AnyValue.double_value'); out = renderDouble(r.double(end), nested); break;
        case 5: expect(tag, WIRE_LEN, 'AnyValue.array_value'); out = this.array(r.payloadEnd(end), depth); break;
        case 6: expect(tag, WIRE_LEN, 'AnyValue.kvlist_value'); out = this.kvlist(r.payloadEnd(end), depth); break;
        case 7: expect(tag, WIRE_LEN, 'AnyValue.bytes_value'); out = renderBytes(r.base64(end)); break;
        default: r.skip(tag & 7, end);
      }
    }
    return out;
  }

  array(end: number, depth: number): string {
    const r = this.r;
    const items: string[] = [];
    while (r.pos < end) {
      const tag = r.tag(end);
      if (tag >>> 3 === 1) {
        expect(tag, WIRE_LEN, 'ArrayValue.values');
        this.budget.spend(COST.arrayItem);
        items.push(this.anyValue(r.payloadEnd(end), depth + 1, true));
      } else r.skip(tag & 7, end);
    }
    return renderArray(items);
  }

  kvlist(end: number, depth: number): string {
    const r = this.r;
    const keys: string[] = [];
    const values: string[] = [];
    while (r.pos < end) {
      const tag = r.tag(end);
      if (tag >>> 3 === 1) {
        expect(tag, WIRE_LEN, 'KeyValueList.values');
        values.push(this.keyValue(end, depth + 1, true));
        keys.push(this.key);
      } else r.skip(tag & 7, end);
    }
    return renderKvlist(keys, values);
  }

  /** Reads a length-prefixed KeyValue: returns its rendered value and leaves its key in this.key. */
  keyValue(end: number, depth: number, nested: boolean): string {
    const r = this.r;
    this.budget.spend(COST.attribute);
    const e = r.payloadEnd(end);
    let key = '';
    let value = nested ? EMPTY_NESTED_VALUE : EMPTY_VALUE;
    while (r.pos < e) {
      const t = r.tag(e);
      if (t >>> 3 === 1) {
        expect(t, WIRE_LEN, 'KeyValue.key');
        key = r.key(e);
      } else if (t >>> 3 === 2) {
        expect(t, WIRE_LEN, 'KeyValue.value');
        value = this.anyValue(r.payloadEnd(e), depth, nested);
      } else r.skip(t & 7, e);
    }
    this.key = key;
    return value;
  }

  attribute(end: number, into: Attributes): void {
    const value = this.keyValue(end, 0, false);
    setAttribute(into, this.key, value);
  }

  resource(end: number): OtlpResource {
    const r = this.r;
    const attributes: Attributes = {};
    let dropped = 0;
    while (r.pos < end) {
      const tag = r.tag(end);
      switch (tag >>> 3) {
        case 1: expect(tag, WIRE_LEN, 'Resource.attributes'); this.attribute(end, attributes); break;
        case 2: expect(tag, WIRE_VARINT, 'Resource.dropped_attributes_count'); dropped = r.uint32(end); break;
        default: r.skip(tag & 7, end);
      }
    }
    return { attributes, droppedAttributesCount: dropped };
  }

  scope(end: number): OtlpScope {
    const r = this.r;
    let name = '';
    let version = '';
    const attributes: Attributes = {};
    while (r.pos < end) {
      const tag = r.tag(end);
      switch (tag >>> 3) {
        case 1: expect(tag, WIRE_LEN, 'InstrumentationScope.name'); name = r.string(end); break;
        case 2: expect(tag, WIRE_LEN, 'InstrumentationScope.version'); version = r.string(end); break;
        case 3: expect(tag, WIRE_LEN, 'InstrumentationScope.attributes'); this.attribute(end, attributes); break;
        default: r.skip(tag & 7, end);
      }
    }
    return { name, version, attributes };
  }

  event(end: number): OtlpEvent {
    const r = this.r;
    this.budget.spend(COST.event);
    let timeUnixNano = 0n;
    let name = '';
    const attributes: Attributes = {};
    let dropped = 0;
    while (r.pos < end) {
      const tag = r.tag(end);
      switch (tag >>> 3) {
        case 1: expect(tag, WIRE_I64, 'Event.time_unix_nano'); timeUnixNano = r.fixed64(end); break;
        case 2: expect(tag, WIRE_LEN, 'Event.name'); name = r.string(end); break;
        case 3: expect(tag, WIRE_LEN, 'Event.attributes'); this.attribute(end, attributes); break;
        case 4: expect(tag, WIRE_VARINT, 'Event.dropped_attributes_count'); dropped = r.uint32(end); break;
        default: r.skip(tag & 7, end);
      }
    }
    return { timeUnixNano, name, attributes, droppedAttributesCount: dropped };
  }

  link(end: number): OtlpLink {
    const r = this.r;
    this.budget.spend(COST.link);
    let traceId = '';
    let spanId = '';
    let traceState = '';
    const attributes: Attributes = {};
    let dropped = 0;
    let flags = 0;
    while (r.pos < end) {
      const tag = r.tag(end);
      switch (tag >>> 3) {
        case 1: expect(tag, WIRE_LEN, 'Link.trace_id'); traceId = r.hex(end); break;
        case 2: expect(tag, WIRE_LEN, 'Link.span_id'); spanId = r.hex(end); break;
        case 3: expect(tag, WIRE_LEN, 'Link.trace_state'); traceState = r.string(end); break;
        case 4: expect(tag, WIRE_LEN, 'Link.attributes'); this.attribute(end, attributes); break;
        case 5: expect(tag, WIRE_VARINT, 'Link.dropped_attributes_count'); dropped = r.uint32(end); break;
        case 6: expect(tag, WIRE_I32, 'Link.flags'); flags = r.fixed32(end); break;
        default: r.skip(tag & 7, end);
      }
    }
    return { traceId, spanId, traceState, attributes, droppedAttributesCount: dropped, flags };
  }

  span(end: number, resource: OtlpResource, scope: OtlpScope): OtlpSpan {
    const r = this.r;
    this.budget.spend(COST.span);
    let traceId = '', spanId = '', parentSpanId = '', traceState = '', name = '', statusMessage = '';
    let flags = 0, kind = 0, droppedAttributesCount = 0, droppedEventsCount = 0, droppedLinksCount = 0, statusCode = 0;
    let startTimeUnixNano = 0n, endTimeUnixNano = 0n;
    const attributes: Attributes = {};
    const events: OtlpEvent[] = [];
    const links: OtlpLink[] = [];
    while (r.pos < end) {
      const tag = r.tag(end);
      switch (tag >>> 3) {
        case 1: expect(tag, WIRE_LEN, 'Span.trace_id'); traceId = r.hex(end); break;
        case 2: expect(tag, WIRE_LEN, 'Span.span_id'); spanId = r.hex(end); break;
        case 3: expect(tag, WIRE_LEN, 'Span.trace_state'); traceState = r.string(end); break;
        case 4: expect(tag, WIRE_LEN, 'Span.parent_span_id'); parentSpanId = r.hex(end); break;
        case 5: expect(tag, WIRE_LEN, 'Span.name'); name = r.string(end); break;
        case 6: expect(tag, WIRE_VARINT, 'Span.kind'); kind = r.uint32(end) | 0; break;
        case 7: expect(tag, WIRE_I64, 'Span.start_time_unix_nano'); startTimeUnixNano = r.fixed64(end); break;
        case 8: expect(tag, WIRE_I64, 'Span.end_time_unix_nano'); endTimeUnixNano = r.fixed64(end); break;
        case 9: expect(tag, WIRE_LEN, 'Span.attributes'); this.attribute(end, attributes); break;
        case 10: expect(tag, WIRE_VARINT, 'Span.dropped_attributes_count'); droppedAttributesCount = r.uint32(end); break;
        case 11: expect(tag, WIRE_LEN, 'Span.events'); events.push(this.event(r.payloadEnd(end))); break;
        case 12: expect(tag, WIRE_VARINT, 'Span.dropped_events_count'); droppedEventsCount = r.uint32(end); break;
        case 13: expect(tag, WIRE_LEN, 'Span.links'); links.push(this.link(r.payloadEnd(end))); break;
        case 14: expect(tag, WIRE_VARINT, 'Span.dropped_links_count'); droppedLinksCount = r.uint32(end); break;
        case 15: {
          expect(tag, WIRE_LEN, 'Span.status');
          const e = r.payloadEnd(end);
          // A status sent twice merges field by field, as protobuf merges a repeated singular message.
          while (r.pos < e) {
            const t = r.tag(e);
            if (t >>> 3 === 2) {
              expect(t, WIRE_LEN, 'Status.message');
              statusMessage = r.string(e);
            } else if (t >>> 3 === 3) {
              expect(t, WIRE_VARINT, 'Status.code');
              statusCode = r.uint32(e) | 0;
            } else r.skip(t & 7, e);
          }
          break;
        }
        case 16: expect(tag, WIRE_I32, 'Span.flags'); flags = r.fixed32(end); break;
        default: r.skip(tag & 7, end);
      }
    }
    return {
      traceId, spanId, parentSpanId, traceState, flags, name, kind, startTimeUnixNano, endTimeUnixNano, attributes,
      droppedAttributesCount, events, droppedEventsCount, links, droppedLinksCount, statusCode, statusMessage, resource, scope,
    };
  }

  /**
   * ResourceSpans and ScopeSpans may carry their resource / scope after the spans, so a first pass notes the byte
   * ranges (skipping is O(1) per field) and the children are decoded once their parent is known.
   * Returns [parentStart, parentEnd, childStart, childEnd, ...]; parentStart is -1 when absent, the last one wins.
   */
  ranges(end: number, parentName: string, childName: string): number[] {
    const r = this.r;
    const out = [-1, -1];
    while (r.pos < end) {
      const tag = r.tag(end);
      const field = tag >>> 3;
      if (field === 1 || field === 2) {
        expect(tag, WIRE_LEN, field === 1 ? parentName : childName);
        const e = r.payloadEnd(end);
        if (field === 1) {
          out[0] = r.pos;
          out[1] = e;
        } else out.push(r.pos, e);
        r.pos = e;
      } else r.skip(tag & 7, end);
    }
    return out;
  }

  resourceSpans(end: number, spans: OtlpSpan[]): void {
    const r = this.r;
    const rs = this.ranges(end, 'ResourceSpans.resource', 'ResourceSpans.scope_spans');
    let resource: OtlpResource = { attributes: {}, droppedAttributesCount: 0 };
    if ((rs[0] as number) >= 0) {
      r.pos = rs[0] as number;
      resource = this.resource(rs[1] as number);
    }
    for (let i = 2; i < rs.length; i += 2) {
      r.pos = rs[i] as number;
      const ss = this.ranges(rs[i + 1] as number, 'ScopeSpans.scope', 'ScopeSpans.spans');
      let scope: OtlpScope = { name: '', version: '', attributes: {} };
      if ((ss[0] as number) >= 0) {
        r.pos = ss[0] as number;
        scope = this.scope(ss[1] as number);
      }
      for (let j = 2; j < ss.length; j += 2) {
        r.pos = ss[j] as number;
        spans.push(this.span(ss[j + 1] as number, resource, scope));
      }
    }
    r.pos = end;
  }

  request(spans: OtlpSpan[]): void {
    const r = this.r;
    const end = r.length;
    while (r.pos < end) {
      const tag = r.tag(end);
      if (tag >>> 3 === 1) {
        expect(tag, WIRE_LEN, 'ExportTraceServiceRequest.resource_spans');
        this.resourceSpans(r.payloadEnd(end), spans);
      } else r.skip(tag & 7, end);
    }
  }
}

export function decodeProtobufTraces(body: Uint8Array): DecodedTraces {
  const d = new Decoder(body);
  const spans: OtlpSpan[] = [];
  try {
    d.request(spans);
  } catch (err) {
    if (err instanceof OtlpDecodeError) throw err;
    // V8 throws RangeError when a rendered value would exceed its maximum string length.
    if (err instanceof RangeError) throw new OtlpDecodeError(`a value is too large to decode (${err.message})`);
    throw err;
  }
  return { spans };
}
