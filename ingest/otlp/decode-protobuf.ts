// Decodes a protobuf ExportTraceServiceRequest straight into the flat DecodedTraces form, in one pass over the
// wire format (field numbers: opentelemetry-proto trace.proto, common.proto, resource.proto).
import { expectWire, ProtobufReader, WIRE_FIXED32, WIRE_FIXED64, WIRE_LEN, WIRE_VARINT } from './protobuf-reader';
import { MAX_VALUE_DEPTH, newAttributes, renderAnyValue, type AnyValue } from './render-attributes';
import {
  OtlpDecodeError,
  type Attributes,
  type DecodedTraces,
  type OtlpEvent,
  type OtlpLink,
  type OtlpResource,
  type OtlpScope,
  type OtlpSpan,
} from './types';

function anyValue(r: ProtobufReader, depth: number): AnyValue | undefined {
  if (depth > MAX_VALUE_DEPTH) throw new OtlpDecodeError(`attribute values nested deeper than ${MAX_VALUE_DEPTH} levels`);
  let value: AnyValue | undefined;
  while (!r.done()) {
    const [field, wire] = r.tag();
    switch (field) {
      case 1:
        expectWire(wire, WIRE_LEN, 'string_value');
        value = { kind: 'string', value: r.string() };
        break;
      case 2:
        expectWire(wire, WIRE_VARINT, 'bool_value');
        value = { kind: 'bool', value: r.uint32() !== 0 };
        break;
      case 3:
        expectWire(wire, WIRE_VARINT, 'int_value');
        value = { kind: 'int', value: r.int64() };
        break;
      case 4:
        expectWire(wire, WIRE_FIXED64, 'double_value');
        value = { kind: 'double', value: r.double() };
        break;
      case 5: {
        expectWire(wire, WIRE_LEN, 'array_value');
        const a = r.sub();
        const values: (AnyValue | undefined)[] = [];
        while (!a.done()) {
          const [f, w] = a.tag();
          if (f === 1) {
            expectWire(w, WIRE_LEN, 'array value');
            values.push(anyValue(a.sub(), depth + 1));
          } else a.skip(w);
        }
        value = { kind: 'array', values };
        break;
      }
      case 6: {
        expectWire(wire, WIRE_LEN, 'kvlist_value');
        const k = r.sub();
        const entries: [string, AnyValue | undefined][] = [];
        while (!k.done()) {
          const [f, w] = k.tag();
          if (f === 1) {
            expectWire(w, WIRE_LEN, 'kvlist entry');
            entries.push(keyValue(k.sub(), depth + 1));
          } else k.skip(w);
        }
        value = { kind: 'kvlist', entries };
        break;
      }
      case 7:
        expectWire(wire, WIRE_LEN, 'bytes_value');
        value = { kind: 'bytes', base64: r.base64() };
        break;
      default:
        r.skip(wire);
    }
  }
  return value;
}

function keyValue(r: ProtobufReader, depth: number): [string, AnyValue | undefined] {
  let key = '';
  let value: AnyValue | undefined;
  while (!r.done()) {
    const [field, wire] = r.tag();
    if (field === 1) {
      expectWire(wire, WIRE_LEN, 'key');
      key = r.string();
    } else if (field === 2) {
      expectWire(wire, WIRE_LEN, 'value');
      value = anyValue(r.sub(), depth);
    } else r.skip(wire);
  }
  return [key, value];
}

/** Adds one KeyValue to an attribute map (last duplicate wins). */
function attribute(r: ProtobufReader, into: Attributes): void {
  const [key, value] = keyValue(r, 0);
  into[key] = renderAnyValue(value);
}

function resource(r: ProtobufReader): OtlpResource {
  const attributes = newAttributes();
  let dropped = 0;
  while (!r.done()) {
    const [field, wire] = r.tag();
    if (field === 1 && wire === WIRE_LEN) attribute(r.sub(), attributes);
    else if (field === 2 && wire === WIRE_VARINT) dropped = r.uint32();
    else r.skip(wire);
  }
  return { attributes, droppedAttributesCount: dropped };
}

function scope(r: ProtobufReader): OtlpScope {
  let name = '';
  let version = '';
  const attributes = newAttributes();
  while (!r.done()) {
    const [field, wire] = r.tag();
    if (field === 1 && wire === WIRE_LEN) name = r.string();
    else if (field === 2 && wire === WIRE_LEN) version = r.string();
    else if (field === 3 && wire === WIRE_LEN) attribute(r.sub(), attributes);
    else r.skip(wire);
  }
  return { name, version, attributes };
}

function event(r: ProtobufReader): OtlpEvent {
  let timeUnixNano = 0n;
  let name = '';
  const attributes = newAttributes();
  let dropped = 0;
  while (!r.done()) {
    const [field, wire] = r.tag();
    if (field === 1 && wire === WIRE_FIXED64) timeUnixNano = r.fixed64();
    else if (field === 2 && wire === WIRE_LEN) name = r.string();
    else if (field === 3 && wire === WIRE_LEN) attribute(r.sub(), attributes);
    else if (field === 4 && wire === WIRE_VARINT) dropped = r.uint32();
    else r.skip(wire);
  }
  return { timeUnixNano, name, attributes, droppedAttributesCount: dropped };
}

function link(r: ProtobufReader): OtlpLink {
  let traceId = '';
  let spanId = '';
  let traceState = '';
  const attributes = newAttributes();
  let dropped = 0;
  let flags = 0;
  while (!r.done()) {
    const [field, wire] = r.tag();
    if (field === 1 && wire === WIRE_LEN) traceId = r.hex();
    else if (field === 2 && wire === WIRE_LEN) spanId = r.hex();
    else if (field === 3 && wire === WIRE_LEN) traceState = r.string();
    else if (field === 4 && wire === WIRE_LEN) attribute(r.sub(), attributes);
    else if (field === 5 && wire === WIRE_VARINT) dropped = r.uint32();
    else if (field === 6 && wire === WIRE_FIXED32) flags = r.fixed32();
    else r.skip(wire);
  }
  return { traceId, spanId, traceState, attributes, droppedAttributesCount: dropped, flags };
}

function span(r: ProtobufReader, res: OtlpResource, sc: OtlpScope): OtlpSpan {
  const s = {
    traceId: '', spanId: '', parentSpanId: '', traceState: '', flags: 0, name: '', kind: 0,
    startTimeUnixNano: 0n, endTimeUnixNano: 0n, attributes: newAttributes(), droppedAttributesCount: 0,
    events: [] as OtlpEvent[], droppedEventsCount: 0, links: [] as OtlpLink[], droppedLinksCount: 0,
    statusCode: 0, statusMessage: '', resource: res, scope: sc,
  };
  while (!r.done()) {
    const [field, wire] = r.tag();
    switch (field) {
      case 1: expectWire(wire, WIRE_LEN, 'trace_id'); s.traceId = r.hex(); break;
      case 2: expectWire(wire, WIRE_LEN, 'span_id'); s.spanId = r.hex(); break;
      case 3: expectWire(wire, WIRE_LEN, 'trace_state'); s.traceState = r.string(); break;
      case 4: expectWire(wire, WIRE_LEN, 'parent_span_id'); s.parentSpanId = r.hex(); break;
      case 5: expectWire(wire, WIRE_LEN, 'name'); s.name = r.string(); break;
      case 6: expectWire(wire, WIRE_VARINT, 'kind'); s.kind = r.uint32(); break;
      case 7: expectWire(wire, WIRE_FIXED64, 'start_time_unix_nano'); s.startTimeUnixNano = r.fixed64(); break;
      case 8: expectWire(wire, WIRE_FIXED64, 'end_time_unix_nano'); s.endTimeUnixNano = r.fixed64(); break;
      case 9: expectWire(wire, WIRE_LEN, 'attributes'); attribute(r.sub(), s.attributes); break;
      case 10: expectWire(wire, WIRE_VARINT, 'dropped_attributes_count'); s.droppedAttributesCount = r.uint32(); break;
      case 11: expectWire(wire, WIRE_LEN, 'events'); s.events.push(event(r.sub())); break;
      case 12: expectWire(wire, WIRE_VARINT, 'dropped_events_count'); s.droppedEventsCount = r.uint32(); break;
      case 13: expectWire(wire, WIRE_LEN, 'links'); s.links.push(link(r.sub())); break;
      case 14: expectWire(wire, WIRE_VARINT, 'dropped_links_count'); s.droppedLinksCount = r.uint32(); break;
      case 15: {
        expectWire(wire, WIRE_LEN, 'status');
        const st = r.sub();
        while (!st.done()) {
          const [f, w] = st.tag();
          if (f === 2 && w === WIRE_LEN) s.statusMessage = st.string();
          else if (f === 3 && w === WIRE_VARINT) s.statusCode = st.uint32();
          else st.skip(w);
        }
        break;
      }
      case 16: expectWire(wire, WIRE_FIXED32, 'flags'); s.flags = r.fixed32(); break;
      default: r.skip(wire);
    }
  }
  return s;
}

const EMPTY_RESOURCE: OtlpResource = { attributes: {}, droppedAttributesCount: 0 };
const EMPTY_SCOPE: OtlpScope = { name: '', version: '', attributes: {} };

export function decodeProtobufTraces(body: Uint8Array): DecodedTraces {
  const spans: OtlpSpan[] = [];
  const top = new ProtobufReader(body);
  while (!top.done()) {
    const [field, wire] = top.tag();
    if (field !== 1) {
      top.skip(wire);
      continue;
    }
    expectWire(wire, WIRE_LEN, 'resource_spans');
    const rs = top.sub();
    let res = EMPTY_RESOURCE;
    // Scope spans may come before the resource on the wire: keep their readers and decode them afterwards.
    const scopeSpans: ProtobufReader[] = [];
    while (!rs.done()) {
      const [f, w] = rs.tag();
      if (f === 1 && w === WIRE_LEN) res = resource(rs.sub());
      else if (f === 2 && w === WIRE_LEN) scopeSpans.push(rs.sub());
      else rs.skip(w);
    }
    for (const ss of scopeSpans) {
      let sc = EMPTY_SCOPE;
      const spanReaders: ProtobufReader[] = [];
      while (!ss.done()) {
        const [f, w] = ss.tag();
        if (f === 1 && w === WIRE_LEN) sc = scope(ss.sub());
        else if (f === 2 && w === WIRE_LEN) spanReaders.push(ss.sub());
        else ss.skip(w);
      }
      for (const sr of spanReaders) spans.push(span(sr, res, sc));
    }
  }
  return { spans };
}
