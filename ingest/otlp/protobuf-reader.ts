// A cursor over the protobuf wire format whose every read is bounds-checked, so malformed input becomes OtlpDecodeError.
import { Buffer } from 'node:buffer';
import { OtlpDecodeError } from './types';

export const WIRE_VARINT = 0;
export const WIRE_I64 = 1;
export const WIRE_LEN = 2;
export const WIRE_I32 = 5;

const WIRE_NAMES = ['varint', 'fixed64', 'length-delimited', 'group start', 'group end', 'fixed32', 'invalid (6)', 'invalid (7)'];

const MAX_CACHED_KEY = 64;
const MAX_CACHED_KEYS = 4096;

export function wireName(wire: number): string {
  return WIRE_NAMES[wire] ?? `invalid (${wire})`;
}

/**
 * One reader per body; nested messages are read by passing the end offset of the enclosing message down, so entering
 * a sub-message allocates nothing.
 */
export class ProtobufReader {
  pos = 0;
  readonly length: number;
  // Buffer's slice decoders (utf8/hex/base64 over a range) are the fastest way Node offers to make those strings.
  private readonly buf: Buffer;
  private readonly view: DataView;
  private readonly keyCache = new Map<number, string>();

  constructor(body: Uint8Array) {
    this.buf = Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    this.view = new DataView(body.buffer, body.byteOffset, body.byteLength);
    this.length = body.byteLength;
  }

  /** A varint as a number: exact below 2^53, which covers every tag and length a real body can hold. */
  varint(end: number): number {
    const b = this.buf;
    let p = this.pos;
    if (p >= end) throw truncated('varint');
    let byte = b[p++] as number;
    if (byte < 0x80) {
      this.pos = p;
      return byte;
    }
    let value = byte & 0x7f;
    let scale = 0x80;
    for (let i = 1; i < 10; i++) {
      if (p >= end) throw truncated('varint');
      byte = b[p++] as number;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) {
        this.pos = p;
        return value;
      }
      scale *= 0x80;
    }
    throw new OtlpDecodeError('varint longer than 10 bytes');
  }

  /** The low 32 bits of a varint, unsigned: protobuf truncates wider values the same way for uint32 and enums. */
  uint32(end: number): number {
    const b = this.buf;
    let p = this.pos;
    let value = 0;
    for (let shift = 0; shift < 70; shift += 7) {
      if (p >= end) throw truncated('varint');
      const byte = b[p++] as number;
      if (shift < 32) value |= (byte & 0x7f) << shift;
      if (byte < 0x80) {
        this.pos = p;
        return value >>> 0;
      }
    }
    throw new OtlpDecodeError('varint longer than 10 bytes');
  }

  /** A varint as int64 (two's complement: negative values take 10 bytes on the wire). */
  int64(end: number): bigint {
    const b = this.buf;
    let p = this.pos;
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < 10; i++) {
      if (p >= end) throw truncated('varint');
      const bits = (b[p] as number) & 0x7f;
      if (i < 4) lo |= bits << (7 * i);
      else if (i === 4) {
        lo |= bits << 28;
        hi |= bits >>> 4;
      } else hi |= bits << (7 * i - 32);
      if ((b[p++] as number) < 0x80) {
        this.pos = p;
        if (hi === 0 && lo >= 0) return BigInt(lo);
        return BigInt.asIntN(64, (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
      }
    }
    throw new OtlpDecodeError('varint longer than 10 bytes');
  }

  /** int64 as a number when it is a non-negative value below 2^49 (the common case, no BigInt), else as a bigint. */
  int64Value(end: number): number | bigint {
    const b = this.buf;
    let p = this.pos;
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 7 && p < end; i++) {
      const byte = b[p++] as number;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) {
        this.pos = p;
        return value;
      }
      scale *= 0x80;
    }
    return this.int64(end);
  }

  /** A varint read only for being zero or not: every byte counts, as bool_value = 1<<63 is still true. */
  bool(end: number): boolean {
    const b = this.buf;
    let p = this.pos;
    let any = 0;
    for (let i = 0; i < 10; i++) {
      if (p >= end) throw truncated('varint');
      const byte = b[p++] as number;
      any |= byte & 0x7f;
      if (byte < 0x80) {
        this.pos = p;
        return any !== 0;
      }
    }
    throw new OtlpDecodeError('varint longer than 10 bytes');
  }

  fixed32(end: number): number {
    if (end - this.pos < 4) throw truncated('fixed32');
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }

  fixed64(end: number): bigint {
    if (end - this.pos < 8) throw truncated('fixed64');
    const v = this.view.getBigUint64(this.pos, true);
    this.pos += 8;
    return v;
  }

  double(end: number): number {
    if (end - this.pos < 8) throw truncated('double');
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  /** Reads a length prefix and returns where that payload ends; the cursor is left at the payload's start. */
  payloadEnd(end: number): number {
    const n = this.varint(end);
    if (n > end - this.pos) throw new OtlpDecodeError(`length past the end of the message (${n} declared, ${end - this.pos} left)`);
    return this.pos + n;
  }

  /** UTF-8 text; invalid sequences become U+FFFD rather than failing the request. */
  string(end: number): string {
    const e = this.payloadEnd(end);
    return this.stringAt(this.pos, e);
  }

  /**
   * Attribute keys repeat across the spans of a request, so each distinct short ASCII key is decoded once and the
   * same string is handed out again (less decoding, less garbage, and property keys V8 has already internalised).
   */
  key(end: number): string {
    const e = this.payloadEnd(end);
    const b = this.buf;
    const start = this.pos;
    const length = e - start;
    if (length > MAX_CACHED_KEY) return this.stringAt(start, e);
    let hash = length;
    for (let p = start; p < e; p++) {
      const c = b[p] as number;
      if (c >= 0x80) return this.stringAt(start, e);
      hash = Math.imul(hash ^ c, 0x01000193);
    }
    const cached = this.keyCache.get(hash);
    if (cached !== undefined && cached.length === length) {
      let i = 0;
      while (i < length && cached.charCodeAt(i) === b[start + i]) i++;
      if (i === length) {
        this.pos = e;
        return cached;
      }
    }
    const s = this.stringAt(start, e);
    if (this.keyCache.size < MAX_CACHED_KEYS) this.keyCache.set(hash, s);
    return s;
  }

  private stringAt(start: number, end: number): string {
    this.pos = end;
    return start === end ? '' : this.buf.toString('utf8', start, end);
  }

  hex(end: number): string {
    const e = this.payloadEnd(end);
    const s = e === this.pos ? '' : this.buf.toString('hex', this.pos, e);
    this.pos = e;
    return s;
  }

  base64(end: number): string {
    const e = this.payloadEnd(end);
    const s = this.buf.toString('base64', this.pos, e);
    this.pos = e;
    return s;
  }

  /** A tag as its raw number (field = tag >>> 3, wire type = tag & 7), refusing ones no valid message contains. */
  tag(end: number): number {
    const t = this.varint(end);
    if (t > 0xffffffff) throw new OtlpDecodeError('field tag out of range');
    if (t < 8) throw new OtlpDecodeError('field number 0');
    return t;
  }

  skip(wire: number, end: number): void {
    switch (wire) {
      case WIRE_VARINT:
        this.varint(end);
        return;
      case WIRE_I64:
        if (end - this.pos < 8) throw truncated('fixed64');
        this.pos += 8;
        return;
      case WIRE_LEN:
        this.pos = this.payloadEnd(end);
        return;
      case WIRE_I32:
        if (end - this.pos < 4) throw truncated('fixed32');
        this.pos += 4;
        return;
      case 3:
      case 4:
        // Groups are long deprecated and absent from OTLP; skipping one would need a nesting-aware scan for nothing.
        throw new OtlpDecodeError('groups (wire types 3/4) are not supported');
      default:
        throw new OtlpDecodeError(`invalid wire type ${wire}`);
    }
  }
}

function truncated(what: string): OtlpDecodeError {
  return new OtlpDecodeError(`truncated ${what}`);
}
