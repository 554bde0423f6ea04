import { describe, expect, it } from 'vitest';
import { RedactionConfigError } from './errors';
import { createRedactor } from './redactor';
import { backtrackingRisk } from './rules/regex-safety';
import { MARGIN, WINDOW } from './rules/regex-rule';
import type { CustomRule } from './settings';

const withRules = (...customRules: CustomRule[]) => createRedactor({ detectors: ['email'], customRules });
const regex = (name: string, pattern: string, caseInsensitive = false): CustomRule => ({ kind: 'regex', name, pattern, caseInsensitive });
const words = (name: string, list: string[]): CustomRule => ({ kind: 'words', name, words: list });

function configError(rule: CustomRule): RedactionConfigError {
  try {
    withRules(rule);
  } catch (err) {
    if (err instanceof RedactionConfigError) return err;
    throw err;
  }
  throw new Error('expected a RedactionConfigError');
}

describe('regex rules', () => {
  it('replace matches with the rule name as placeholder type and count key', () => {
    const span = withRules(regex('order_id', 'ORD-\\d{6}')).forSpan('t');
    expect(span.redact('ORD-123456 and ORD-654321, again ORD-123456; not ord-123456')).toBe('[ORDER_ID_1] and [ORDER_ID_2], again [ORDER_ID_1]; not ord-123456');
    expect(span.counts()).toEqual({ order_id: 2 });
  });

  it('can be case-insensitive, and then treat case as the same value', () => {
    const span = withRules(regex('ticket', 'tkt-[a-z]{4}', true)).forSpan('t');
    expect(span.redact('TKT-ABCD tkt-abcd Tkt-Efgh')).toBe('[TICKET_1] [TICKET_1] [TICKET_2]');
  });

  it('run after secrets and cards, before the generic detectors', () => {
    const span = withRules(regex('employee', 'EMP-\\d{4}'), regex('internal_mail', '[a-z]+@corp\\.example')).forSpan('t');
    expect(span.redact('EMP-1234 <ann@corp.example> card 4111111111111111')).toBe('[EMPLOYEE_1] <[INTERNAL_MAIL_1]> card [CARD_1]');
  });

  it('redact the parts of a match on either side of text an earlier detector claimed', () => {
    const span = withRules(regex('creds', 'login: \\S+ \\S+')).forSpan('t');
    expect(span.redact('login: admin sk-proj-Zx8Qm2Lr5Tn7Vb9Wc1Yd3Fg6Hj0Kk4Pp')).toBe('[CREDS_1][SECRET_1]');
  });

  it('find matches in a long text across scanning windows, including one that straddles a window edge', () => {
    const span = withRules(regex('order_id', 'ORD-\\d{6}')).forSpan('t');
    const step = WINDOW - 2 * MARGIN;
    const filler = (n: number) => 'x '.repeat(n / 2);
    const text = `${filler(step - 4)}ORD-111111${filler(3 * step)}ORD-222222 end`;
    expect(text.length).toBeGreaterThan(3 * WINDOW);
    expect(span.redact(text)).toBe(`${filler(step - 4)}[ORDER_ID_1]${filler(3 * step)}[ORDER_ID_2] end`);
  });

  it('stay fast on long runs when the pattern starts with a repetition (no start inside a run)', () => {
    const span = withRules(regex('word_x', '\\w+x')).forSpan('t');
    const text = `${'a'.repeat(200_000)} aax`;
    expect(span.redact(text)).toBe(`${'a'.repeat(200_000)} [WORD_X_1]`);
  });
});

describe('word lists', () => {
  it('match whole words and phrases, case-insensitively, whitespace in a phrase matching any whitespace', () => {
    const span = withRules(words('codename', ['Project Falcon', 'bluebird', '#launch-day'])).forSpan('t');
    expect(span.redact('PROJECT FALCON and project\n  falcon, Bluebird, not bluebirds or sbluebird; #launch-day!')).toBe(
      '[CODENAME_1] and [CODENAME_1], [CODENAME_2], not bluebirds or sbluebird; [CODENAME_3]!',
    );
    expect(span.counts()).toEqual({ codename: 3 });
  });

  it('prefer the longest entry that starts at a word', () => {
    const span = withRules(words('codename', ['Project', 'Project Falcon'])).forSpan('t');
    expect(span.redact('Project Falcon, then Project Heron')).toBe('[CODENAME_1], then [CODENAME_2] Heron');
  });

  it('handle thousands of words', () => {
    const list = Array.from({ length: 3000 }, (_, i) => `client${i}`);
    const span = withRules(words('client', list)).forSpan('t');
    expect(span.redact('client2999 met client7 and client30000')).toBe('[CLIENT_1] met [CLIENT_2] and client30000');
  });

  it('match inside JSON next to escapes', () => {
    const span = withRules(words('codename', ['Project Falcon'])).forSpan('t');
    const json = JSON.stringify({ content: 'about\nProject\nFalcon\t"Project Falcon"' });
    expect(JSON.parse(span.redact(json))).toEqual({ content: 'about\n[CODENAME_1]\t"[CODENAME_1]"' });
  });
});

describe('unusable rules', () => {
  it('give a RedactionConfigError that names the rule and says why, without quoting the pattern', () => {
    const err = configError(regex('broken', '([a-z'));
    expect(err.message).toBe('Redaction rule "broken": the pattern is not a valid regular expression (Unterminated character class).');
    expect(err.ruleName).toBe('broken');
  });

  it.each([
    ['nested quantifiers', '(a+)+b', 'it repeats a group that itself contains a quantifier'],
    ['nested quantifiers in a capture', '(\\w+\\.)*com', 'it repeats a group that itself contains a quantifier'],
    ['a repeated alternation', '(a|ab)+c', 'it repeats an alternation'],
    ['a backreference', '(["\'])secret\\1', 'it uses a backreference'],
    ['adjacent repetitions of the same characters', '\\w+\\w+x', 'two repetitions can take the same characters'],
    ['repetitions separated by an optional part', '(\\w+)\\s*(\\w+)x', 'two repetitions can take the same characters'],
    ['dot-star twice', 'BEGIN.*secret.*END', 'two repetitions can take the same characters'],
    ['an empty match', 'x*', 'the pattern matches the empty text'],
  ])('refuse %s', (_name, pattern, reason) => {
    const err = configError(regex('risky', pattern));
    expect(err.message).toMatch(new RegExp(`^Redaction rule "risky": ${reason}`));
    expect(err.message).not.toContain(pattern);
  });

  it.each(['ORD-\\d{6}', '(?:\\d{3}-){2}\\d{4}', '(?:Mr|Ms)\\.? [A-Z][a-z]+', '\\p{Lu}{2}\\d{4}', '\\w+\\s+\\w+', '\\d+\\.\\d+', '(?<=id=)\\w+', '.*secret.*', 'https?://[^\\s]+'])(
    'accept the common linear shapes: %s',
    (pattern) => {
      expect(backtrackingRisk(pattern)).toBeUndefined();
      expect(() => withRules(regex('ok', pattern))).not.toThrow();
    },
  );

  it('refuse a word with no letter or digit, without quoting the word', () => {
    const err = configError(words('codename', ['Nightingale', '!!!']));
    expect(err.message).toBe('Redaction rule "codename": word 2 has no letter or digit, so it can never be found as a whole word.');
  });

  it('refuse a rule name that would not make a safe placeholder', () => {
    const err = configError(words('bad]name', ['x']));
    expect(err.message).toBe('Redaction rule "bad]name": a rule name is lower-case letters, digits and underscores, such as "order_id" (at customRules.0.name).');
    expect(err.ruleName).toBe('bad]name');
  });
});
