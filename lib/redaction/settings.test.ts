import { describe, expect, it } from 'vitest';
import { createRedactor } from './redactor';
import { DEFAULT_REDACTION_SETTINGS, redactionSettingsSchema } from './settings';
import { redactAlone } from './test-support';

const PLANTED = 'jane@example.com, +1 415 555 0132, 4111 1111 1111 1111, sk-proj-Zx8Qm2Lr5Tn7Vb9Wc1Yd3Fg6Hj0Kk4Pp';

describe('settings', () => {
  it('default to secrets and payment cards only', () => {
    expect(redactionSettingsSchema.parse({})).toEqual({ detectors: ['secret', 'payment_card'], customRules: [] });
    expect(DEFAULT_REDACTION_SETTINGS).toEqual({ detectors: ['secret', 'payment_card'], customRules: [] });
    expect(redactAlone(PLANTED, createRedactor(DEFAULT_REDACTION_SETTINGS)).text).toBe('jane@example.com, +1 415 555 0132, [CARD_1], [SECRET_1]');
  });

  it('cannot switch secrets and payment cards off, stored or built in code', () => {
    expect(redactionSettingsSchema.parse({ detectors: [] }).detectors).toEqual(['secret', 'payment_card']);
    const emailOnly = createRedactor({ detectors: ['email'], customRules: [] });
    expect(emailOnly.detectors).toEqual(['secret', 'payment_card', 'email']);
    expect(redactAlone(PLANTED, emailOnly).text).toBe('[EMAIL_1], +1 415 555 0132, [CARD_1], [SECRET_1]');
    expect(redactAlone(PLANTED, createRedactor({ detectors: [], customRules: [] })).counts).toEqual({ payment_card: 1, secret: 1 });
  });

  it('list detectors once, in a fixed order, so equal settings serialise equally', () => {
    expect(redactionSettingsSchema.parse({ detectors: ['phone', 'email', 'email', 'secret'] }).detectors).toEqual(['secret', 'payment_card', 'email', 'phone']);
    const parsed = redactionSettingsSchema.parse({ detectors: ['ip_address'], customRules: [{ kind: 'regex', name: 'order_id', pattern: 'ORD-\\d{6}' }] });
    expect(redactionSettingsSchema.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
  });

  it('refuse unknown detectors and unusable rules with a message that names them', () => {
    const unknown = redactionSettingsSchema.safeParse({ detectors: ['fingerprints'] });
    expect(unknown.success).toBe(false);
    const badName = redactionSettingsSchema.safeParse({ customRules: [{ kind: 'words', name: 'Code Name', words: ['x'] }] });
    expect(badName.error?.issues[0]?.message).toBe('a rule name is lower-case letters, digits and underscores, such as "order_id"');
    const badPattern = redactionSettingsSchema.safeParse({ customRules: [{ kind: 'regex', name: 'broken', pattern: '([a-z' }] });
    expect(badPattern.error?.issues[0]?.message).toBe('Redaction rule "broken": the pattern is not a valid regular expression (Unterminated character class).');
  });

  it('turn every enabled detector on', () => {
    const all = createRedactor(redactionSettingsSchema.parse({ detectors: ['email', 'phone', 'iban', 'national_id', 'ip_address'] }));
    const out = redactAlone('a@example.com +1 415 555 0132 GB82 WEST 1234 5698 7654 32 219-09-9999 203.0.113.9', all);
    expect(out.text).toBe('[EMAIL_1] [PHONE_1] [IBAN_1] [NATIONAL_ID_1] [IP_1]');
    expect(out.counts).toEqual({ email: 1, phone: 1, iban: 1, national_id: 1, ip_address: 1 });
  });
});
