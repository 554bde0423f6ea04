// A cursor over protobuf wire format: varints, fixed-width numbers and length-delimited fields, with bounds checks
// that turn malformed input into OtlpDecodeError instead of exceptions or over-reads.
import { OtlpDecodeError } from './types';

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_LEN = 2;
export const WIRE_FIXED32 = 5;

const utf8 = new TextDecoder('utf-8', { fatal: false });

export class ProtobufReader {
  pos: number;

  constructor(readonly buf: Uint8Array, start = 0, readonly end = buf.length) {
    this.pos = start;
  }

  done(): boolean {
    return this.pos >= this.end;
  }

  /** A varint as a JS number (exact up to 2^53; used for tags, lengths, enums and counts). */
  uint32(): number {
    let result = 0;
    let shift = 0;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new OtlpDecodeError('truncated varint');
      const b = this.buf[this.pos++] as number;
      if (shift < 49) result += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return result;
      shift += 7;
    }
    throw new OtlpDecodeError('varint longer than 10 bytes');
  }

  /** A varint as a signed 64-bit integer (int64 is two's complement on the wire). */
  int64(): bigint {
    let result = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new OtlpDecodeError('truncated varint');
      const b = this.buf[this.pos++] as number;
      result |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) return BigInt.asIntN(64, result);
      shift += 7n;
    }
    throw new OtlpDecodeError('varint longer than 10 bytes');
  }

  fixed32(): number {
    if (this.pos + 4 > this.end) throw new OtlpDecodeError('truncated fixed32');
    const b = this.buf;
    const p = this.pos;
    this.pos += 4;
    return ((b[p] as number) | ((b[p + 1] as number) << 8) | ((b[p + 2] as number) << 16)) + (b[p + 3] as number) * 0x1000000;
  }

  fixed64(): bigint {
    const lo = this.fixed32();
    const hi = this.fixed32();
    return (BigInt(hi) << 32n) | BigInt(lo);
  }

  double(): number {
    if (this.pos + 8 > this.end) throw new OtlpDecodeError('truncated double');
    const view = new DataView(this.buf.buffer, this.buf.byteOffset + this.pos, 8);
    this.pos += 8;
    return view.getFloat64(0, true);
  }

  /** Start and end of a length-delimited field's payload; the cursor moves past it. */
  span(): [number, number] {
    const len = this.uint32();
    const start = this.pos;
    if (len > this.end - start) throw new OtlpDecodeError('length past the end of the message');
    this.pos = start + len;
    return [start, start + len];
  }

  string(): string {
    const [s, e] = this.span();
    return utf8.decode(this.buf.subarray(s, e));
  }

  hex(): string {
    const [s, e] = this.span();
    return Buffer.from(this.buf.buffer, this.buf.byteOffset + s, e - s).toString('hex');
  }

  base64(): string {
    const [s, e] = this.span();
    return Buffer.from(this.buf.buffer, this.buf.byteOffset + s, e - s).toString('base64');
  }

  /** A reader over a nested message's bytes. */
  sub(): ProtobufReader {
    const [s, e] = this.span();
    return new ProtobufReader(this.buf, s, e);
  }

  skip(wireType: number): void {
    switch (wireType) {
      case WIRE_VARINT:
        this.uint32();
        return;
      case WIRE_FIXED64:
        if (this.pos + 8 > this.end) throw new OtlpDecodeError('truncated fixed64');
        this.pos += 8;
        return;
      case WIRE_LEN:
        this.span();
        return;
      case WIRE_FIXED32:
        if (this.pos + 4 > this.end) throw new OtlpDecodeError('truncated fixed32');
        this.pos += 4;
        return;
      default:
        throw new OtlpDecodeError(`unsupported wire type ${wireType}`);
    }
  }

  /** Reads a tag; returns [fieldNumber, wireType]. */
  tag(): [number, number] {
    const t = this.uint32();
    const field = Math.floor(t / 8);
    if (field === 0) throw new OtlpDecodeError('field number 0');
    return [field, t & 7];
  }
}

/** Throws unless the field arrived with the wire type its schema declares. */
export function expectWire(actual: number, expected: number, what: string): void {
  if (actual !== expected) throw new OtlpDecodeError(`${what} has wire type ${actual}, expected ${expected}`);
}
