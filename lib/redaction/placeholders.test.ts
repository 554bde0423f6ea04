import { describe, expect, it } from 'vitest';
import { createRedactor } from './redactor';

const emails = () => createRedactor({ detectors: ['email', 'phone'], customRules: [] });

describe('placeholders', () => {
  it('are the same for the same value in every span of a trace, and numbered per type', () => {
    const r = emails();
    const first = r.forSpan('t1');
    expect(first.redact('from a@example.com to b@example.com, call +1 415 555 0132')).toBe('from [EMAIL_1] to [EMAIL_2], call [PHONE_1]');
    expect(r.forSpan('t1').redact('reply to b@example.com, cc c@example.com')).toBe('reply to [EMAIL_2], cc [EMAIL_3]');
    // A later request of the same trace (child spans are often exported before their root).
    expect(r.forTrace('t1').redact('root span: a@example.com')).toBe('root span: [EMAIL_1]');
  });

  it('are independent across traces and across redactors', () => {
    const r = emails();
    expect(r.forSpan('t1').redact('a@example.com b@example.com')).toBe('[EMAIL_1] [EMAIL_2]');
    expect(r.forSpan('t2').redact('b@example.com')).toBe('[EMAIL_1]');
    expect(emails().forSpan('t1').redact('b@example.com')).toBe('[EMAIL_1]');
  });

  it('restart numbering for a trace evicted from the bounded memory, and keep recently used ones', () => {
    const r = createRedactor({ detectors: ['email'], customRules: [] }, { maxTraces: 2 });
    expect(r.forSpan('a').redact('x@example.com y@example.com')).toBe('[EMAIL_1] [EMAIL_2]');
    r.forSpan('b').redact('z@example.com');
    r.forSpan('a').redact('x@example.com'); // a is now the most recent
    r.forSpan('c').redact('z@example.com'); // evicts b, the least recently used
    expect(r.forSpan('a').redact('y@example.com')).toBe('[EMAIL_2]');
    r.forSpan('d').redact('z@example.com'); // evicts c
    r.forSpan('e').redact('z@example.com'); // evicts a
    expect(r.forSpan('a').redact('y@example.com')).toBe('[EMAIL_1]');
  });

  it('stop remembering new values of a trace past the per-trace cap, without ever reusing a number', () => {
    const r = createRedactor({ detectors: ['email'], customRules: [] }, { maxValuesPerTrace: 1 });
    const span = r.forSpan('t');
    expect(span.redact('a@example.com b@example.com')).toBe('[EMAIL_1] [EMAIL_2]');
    expect(span.redact('a@example.com b@example.com')).toBe('[EMAIL_1] [EMAIL_3]');
  });

  it('contain only the type and a number, never the value', () => {
    const r = emails();
    const out = r.forSpan('t').redact('mail someone@example.com or call +44 20 7946 0958');
    expect(out.match(/\[[^\]]*\]/g)).toEqual(['[EMAIL_1]', '[PHONE_1]']);
  });
});

describe('counts', () => {
  it('count distinct values per span, across all texts of the span', () => {
    const r = emails();
    const span = r.forSpan('t');
    span.redact('a@example.com, a@example.com and b@example.com');
    span.redact('again a@example.com, and +1 415 555 0132');
    expect(span.counts()).toEqual({ email: 2, phone: 1 });
    const next = r.forSpan('t');
    next.redact('a@example.com');
    expect(next.counts()).toEqual({ email: 1 });
  });

  it('are empty for clean text, which comes back as the same string', () => {
    const span = emails().forSpan('t');
    const text = 'Summarise the attached contract in three bullet points, please.';
    expect(span.redact(text)).toBe(text);
    expect(span.counts()).toEqual({});
  });

  it('are a copy the caller may keep', () => {
    const span = emails().forSpan('t');
    span.redact('a@example.com');
    const counts = span.counts();
    counts.email = 99;
    expect(span.counts()).toEqual({ email: 1 });
  });
});
