// The receiver's answers, checked byte by byte against the proto definitions and read back with the decoder's reader.
import { describe, expect, it } from 'vitest';
import { encodeExportResponse, encodeStatus } from './encode-response';
import { ProtobufReader } from './protobuf-reader';
import { ProtobufWriter } from './protobuf-writer';

describe('ExportTraceServiceResponse', () => {
  it('is empty when every span was accepted', () => {
    expect(encodeExportResponse('protobuf')).toEqual(new Uint8Array());
    expect(encodeExportResponse('json')).toBe('{}');
  });

  it('carries partial_success { rejected_spans, error_message }', () => {
    // 0x0a: field 1 (partial_success), length 5; 0x08 0x03: rejected_spans = 3; 0x12 0x01 'x': error_message = "x".
    expect([...(encodeExportResponse('protobuf', { rejectedSpans: 3, errorMessage: 'x' }) as Uint8Array)]).toEqual([0x0a, 0x05, 0x08, 0x03, 0x12, 0x01, 0x78]);
    expect(encodeExportResponse('json', { rejectedSpans: 3, errorMessage: 'x' })).toBe('{"partialSuccess":{"rejectedSpans":"3","errorMessage":"x"}}');
  });

  it('writes multi-byte varints and UTF-8 lengths in bytes', () => {
    const bytes = encodeExportResponse('protobuf', { rejectedSpans: 300, errorMessage: 'é' }) as Uint8Array;
    expect([...bytes]).toEqual([0x0a, 0x07, 0x08, 0xac, 0x02, 0x12, 0x02, 0xc3, 0xa9]);
    const r = new ProtobufReader(bytes);
    expect(r.tag(bytes.length)).toBe(0x0a);
    const end = r.payloadEnd(bytes.length);
    expect([r.tag(end), r.varint(end), r.tag(end), r.string(end)]).toEqual([0x08, 300, 0x12, 'é']);
  });
});

describe('google.rpc.Status', () => {
  it('encodes code and message', () => {
    expect([...(encodeStatus('protobuf', 3, 'bad') as Uint8Array)]).toEqual([0x08, 0x03, 0x12, 0x03, 0x62, 0x61, 0x64]);
    expect(encodeStatus('json', 3, 'bad "body"')).toBe('{"code":3,"message":"bad \\"body\\""}');
  });

  it('writes a negative int32 as ten bytes of two\'s complement', () => {
    const bytes = encodeStatus('protobuf', -1, '') as Uint8Array;
    expect([...bytes]).toEqual([0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
    const r = new ProtobufReader(bytes);
    r.tag(bytes.length);
    expect(r.uint32(bytes.length) | 0).toBe(-1);
  });
});

describe('ProtobufWriter', () => {
  it('writes each wire type as the reader expects', () => {
    const bytes = new ProtobufWriter().fixed32(1, 0xdeadbeef).fixed64(2, 1n << 60n).double(3, -2.5).varint(4, -5n).bytesField(20, new Uint8Array([9])).finish();
    const r = new ProtobufReader(bytes);
    const end = bytes.length;
    expect([r.tag(end), r.fixed32(end), r.tag(end), r.fixed64(end), r.tag(end), r.double(end), r.tag(end), r.int64(end), r.tag(end), r.hex(end)]).toEqual([
      0x0d, 0xdeadbeef, 0x11, 1n << 60n, 0x19, -2.5, 0x20, -5n, 20 * 8 + 2, '09',
    ]);
    expect(r.pos).toBe(end);
  });
});
