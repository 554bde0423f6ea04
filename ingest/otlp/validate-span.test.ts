// validateSpan: one case per rejection reason, the boundaries, and the partial-success summary text.
import { describe, expect, it } from 'vitest';
import { MAX_SPAN_NAME_LENGTH, summariseRejections, validateSpan } from './validate-span';
import type { OtlpLink, OtlpSpan } from './types';

const link: OtlpLink = { traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', traceState: '', attributes: {}, droppedAttributesCount: 0, flags: 0 };
const good: OtlpSpan = {
  traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', parentSpanId: '', traceState: '', flags: 1, name: 'chat', kind: 3,
  startTimeUnixNano: 1_763_800_000_000_000_000n, endTimeUnixNano: 1_763_800_001_000_000_000n, attributes: {}, droppedAttributesCount: 0,
  events: [], droppedEventsCount: 0, links: [link], droppedLinksCount: 0, statusCode: 0, statusMessage: '',
  resource: { attributes: {}, droppedAttributesCount: 0 }, scope: { name: '', version: '', attributes: {} },
};

describe('validateSpan', () => {
  it('accepts a valid span, a zero-length span, a child and a name at the limit', () => {
    expect(validateSpan(good)).toBeUndefined();
    expect(validateSpan({ ...good, endTimeUnixNano: good.startTimeUnixNano })).toBeUndefined();
    expect(validateSpan({ ...good, parentSpanId: 'b7ad6b7169203331' })).toBeUndefined();
    expect(validateSpan({ ...good, name: 'x'.repeat(MAX_SPAN_NAME_LENGTH) })).toBeUndefined();
  });

  it.each<[string, Partial<OtlpSpan>]>([
    ['invalid trace id', { traceId: '' }],
    ['invalid trace id', { traceId: '4bf92f3577b34da6a3ce929d0e0e47' }],
    ['invalid trace id', { traceId: '4bf92f3577b34da6a3ce929d0e0e4736aa' }],
    ['invalid trace id', { traceId: '4bf92f3577b34da6a3ce929d0e0e473g' }],
    ['invalid trace id', { traceId: '4BF92F3577B34DA6A3CE929D0E0E4736' }],
    ['invalid trace id', { traceId: '0'.repeat(32) }],
    ['invalid span id', { spanId: '00f067aa0ba902' }],
    ['invalid span id', { spanId: 'zz'.repeat(8) }],
    ['invalid span id', { spanId: '0'.repeat(16) }],
    ['invalid parent span id', { parentSpanId: 'abc' }],
    ['invalid parent span id', { parentSpanId: 'x'.repeat(16) }],
    ['missing start time', { startTimeUnixNano: 0n }],
    ['missing end time', { endTimeUnixNano: 0n }],
    ['end before start', { endTimeUnixNano: good.startTimeUnixNano - 1n }],
    ['span name too long', { name: 'x'.repeat(MAX_SPAN_NAME_LENGTH + 1) }],
    ['invalid link', { links: [link, { ...link, traceId: '0'.repeat(32) }] }],
    ['invalid link', { links: [{ ...link, spanId: 'abc' }] }],
  ])('rejects with "%s": %o', (reason, change) => {
    expect(validateSpan({ ...good, ...change })).toBe(reason);
  });

  it('reports the first reason in a fixed order when several apply', () => {
    expect(validateSpan({ ...good, spanId: '', startTimeUnixNano: 0n })).toBe('invalid span id');
    expect(validateSpan({ ...good, startTimeUnixNano: 0n, endTimeUnixNano: 0n })).toBe('missing start time');
  });
});

describe('summariseRejections', () => {
  it('counts spans and lists reasons, most frequent first', () => {
    expect(summariseRejections(new Map([['end before start', 1], ['invalid trace id', 2]]))).toBe('3 spans rejected: 2 invalid trace id, 1 end before start');
  });

  it('uses the singular for one span and orders ties alphabetically', () => {
    expect(summariseRejections(new Map([['missing end time', 1]]))).toBe('1 span rejected: 1 missing end time');
    expect(summariseRejections(new Map([['invalid span id', 1], ['invalid link', 1]]))).toBe('2 spans rejected: 1 invalid link, 1 invalid span id');
  });
});
