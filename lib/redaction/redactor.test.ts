import { describe, expect, it } from 'vitest';
import { createRedactor, RedactionConfigError, redactionSettingsSchema } from './index';

const all = createRedactor(redactionSettingsSchema.parse({ detectors: ['email', 'phone', 'iban', 'national_id', 'ip_address'] }));
const defaults = createRedactor(redactionSettingsSchema.parse({}));

let traces = 0;

/** Redacts in a trace of its own, so placeholder numbers start at 1. */
function redact(text: string, redactor = all) {
  const span = redactor.forSpan(`trace-${++traces}`);
  return { text: span.redact(text), counts: span.counts() };
}

describe('built-in detectors', () => {
  it.each([
    ['mail me at jane.doe+work@example.co.uk today', 'mail me at [EMAIL_1] today', 'email'],
    ['call +44 20 7946 0958 or (555) 123-4567', 'call [PHONE_1] or [PHONE_2]', 'phone'],
    ['card 4111 1111 1111 1111 exp 12/29', 'card [CARD_1] exp 12/29', 'payment_card'],
    ['card 5500-0000-0000-0004', 'card [CARD_1]', 'payment_card'],
    ['IBAN GB82 WEST 1234 5698 7654 32 please', 'IBAN [IBAN_1] please', 'iban'],
    ['ssn 123-45-6789 on file', 'ssn [NATIONAL_ID_1] on file', 'national_id'],
    ['NI number AB 12 34 56 C', 'NI number [NATIONAL_ID_1]', 'national_id'],
    ['from 203.0.113.42 and 2001:db8::8a2e:370:7334', 'from [IP_1] and [IP_2]', 'ip_address'],
    ['key sk-proj-abcdefghijklmnopqrstuvwxyz012345', 'key [SECRET_1]', 'secret'],
    ['key sk-ant-api03-abcdefghijklmnopqrstuvwxyz', 'key [SECRET_1]', 'secret'],
    ['AKIAIOSFODNN7EXAMPLE is the id', '[SECRET_1] is the id', 'secret'],
    ['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aws_secret_access_key = [SECRET_1]', 'secret'],
    ['token ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'token [SECRET_1]', 'secret'],
    ['slack xoxb-123456789012-abcdefghij', 'slack [SECRET_1]', 'secret'],
    ['jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U', 'jwt [SECRET_1]', 'secret'],
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY----- done', '[SECRET_1] done', 'secret'],
  ])('%s', (input, expected, kind) => {
    const out = redact(input);
    expect(out.text).toBe(expected);
    expect(Object.keys(out.counts)).toEqual([kind]);
  });

  it.each([
    'order 4111 1111 1111 1112 (fails Luhn)',
    'released 2026-11-22 at 14:52:07',
    'version 1.2.3.4.5 and v2.0.1',
    'uuid 123e4567-e89b-12d3-a456-426614174000',
    'commit 9fceb02d0ae598e95dc970b74767f19372d61af8',
    'timestamp 1795337973875004000',
    'the total is 1234.56 USD for 3 items',
    'IBAN-looking GB82 WEST 1234 5698 7654 33 fails mod 97',
    'ssn-looking 000-12-3456 and 666-12-3456',
  ])('leaves look-alikes alone: %s', (input) => {
    expect(redact(input).text).toBe(input);
  });
});

describe('placeholders', () => {
  it('are the same for the same value across spans of one trace, and independent across traces', () => {
    const r = createRedactor(redactionSettingsSchema.parse({ detectors: ['email'] }));
    const a = r.forSpan('t1').redact('from a@example.com to b@example.com');
    const b = r.forSpan('t1').redact('reply to b@example.com');
    const c = r.forSpan('t2').redact('reply to b@example.com');
    expect(a).toBe('from [EMAIL_1] to [EMAIL_2]');
    expect(b).toBe('reply to [EMAIL_2]');
    expect(c).toBe('reply to [EMAIL_1]');
  });

  it('keep JSON valid', () => {
    const json = JSON.stringify([{ role: 'user', content: 'I am jane@example.com,\n"card" 4111111111111111\tssn 123-45-6789' }]);
    const out = redact(json).text;
    expect(() => JSON.parse(out)).not.toThrow();
    expect(out).not.toContain('jane@example.com');
    expect(out).not.toContain('4111111111111111');
    expect(JSON.parse(out)).toEqual([{ role: 'user', content: 'I am [EMAIL_1],\n"card" [CARD_1]\tssn [NATIONAL_ID_1]' }]);
  });
});

describe('settings', () => {
  it('always redact secrets and payment cards, and nothing else unless chosen', () => {
    expect(redact('a@example.com 4111111111111111 sk-abcdefghijklmnopqrstuvwxyz', defaults).text).toBe('a@example.com [CARD_1] [SECRET_1]');
  });

  it('apply custom regex and word rules', () => {
    const r = createRedactor(
      redactionSettingsSchema.parse({
        customRules: [
          { kind: 'regex', name: 'order_id', pattern: 'ORD-\\d{6}' },
          { kind: 'words', name: 'codename', words: ['Project Falcon', 'bluebird'] },
        ],
      }),
    );
    const span = r.forSpan('t');
    expect(span.redact('ORD-123456 for project falcon and Bluebird, not bluebirds')).toBe('[ORDER_ID_1] for [CODENAME_1] and [CODENAME_2], not bluebirds');
    expect(span.counts()).toEqual({ order_id: 1, codename: 2 });
  });

  it('refuse a rule that cannot compile or could backtrack without end, naming it', () => {
    expect(() => createRedactor(redactionSettingsSchema.parse({ customRules: [{ kind: 'regex', name: 'broken', pattern: '([a-z' }] }))).toThrow(
      new RedactionConfigError('Redaction rule "broken": the pattern is not a valid regular expression (Invalid regular expression: /([a-z/gu: Unterminated character class).'),
    );
    expect(() => createRedactor(redactionSettingsSchema.parse({ customRules: [{ kind: 'regex', name: 'slow', pattern: '(a+)+b' }] }))).toThrow(/"slow": nested quantifiers/);
  });
});
