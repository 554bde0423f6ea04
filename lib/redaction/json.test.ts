import { describe, expect, it } from 'vitest';
import { createRedactor } from './redactor';
import { viewOf } from './text-view';
import { everyDetector, redactAlone } from './test-support';

describe('JSON stays valid', () => {
  it('in chat messages', () => {
    const json = '[{"role":"user","content":"mail me at a@b.com"}]';
    expect(redactAlone(json).text).toBe('[{"role":"user","content":"mail me at [EMAIL_1]"}]');
  });

  // Each escape right before and right after a value: the find must neither start inside the escape (a@b.com after
  // \n must not become "n" + a placeholder, leaving a lone backslash) nor miss the value because of it.
  it.each(['\n', '\t', '\r', '"', '\\', '/', '\u00e9', '\u0001', '\u2028'])('next to the escape of %j', (ch) => {
    const content = `${ch}jane@example.com${ch}4111 1111 1111 1111${ch}+44 20 7946 0958${ch}sk-proj-Zx8Qm2Lr5Tn7Vb9Wc1Yd3Fg6Hj0Kk4Pp${ch}`;
    const expected = `${ch}[EMAIL_1]${ch}[CARD_1]${ch}[PHONE_1]${ch}[SECRET_1]${ch}`;
    // Plain JSON.stringify, Python's ensure_ascii style (\u00e9) and escaped slashes (\/).
    const encodings = [
      JSON.stringify({ content }),
      JSON.stringify({ content }).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
      JSON.stringify({ content }).replace(/\//g, '\\/'),
    ];
    for (const json of encodings) {
      expect(JSON.parse(redactAlone(json).text)).toEqual({ content: expected });
    }
  });

  it('when JSON is nested in a JSON string (tool call arguments)', () => {
    const args = JSON.stringify({ card: '4111 1111 1111 1111', note: 'mail\nbob@example.com' });
    const json = JSON.stringify({ tool_calls: [{ function: { name: 'refund', arguments: args } }] });
    const outer = JSON.parse(redactAlone(json).text) as { tool_calls: { function: { arguments: string } }[] };
    expect(JSON.parse(outer.tool_calls[0]?.function.arguments ?? '')).toEqual({ card: '[CARD_1]', note: 'mail\n[EMAIL_1]' });
  });

  it('when a value is a JSON number: it becomes the placeholder as a string', () => {
    expect(redactAlone('{"card": 4111111111111111, "ids": [1, 4012888888881881], "ok": true}').text).toBe(
      '{"card": "[CARD_1]", "ids": [1, "[CARD_2]"], "ok": true}',
    );
  });

  it('when a project pattern crosses the quotes of a string', () => {
    const r = createRedactor({ detectors: [], customRules: [{ kind: 'regex', name: 'password', pattern: '"password":\\s*"[^"]+"', caseInsensitive: false }] });
    const out = r.forSpan('t').redact('{"password": "hunter2", "user": "bob"}');
    expect(out).toBe('{"[PASSWORD_1]": "[PASSWORD_1]", "user": "bob"}');
    expect(out).not.toContain('hunter2');
  });

  it('in random documents full of escapes, numbers and planted values', () => {
    let seed = 42;
    const random = () => {
      // mulberry32: a fixed seed keeps the documents the same on every run.
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const values = ['jane@example.com', '4111 1111 1111 1111', '+44 20 7946 0958', 'GB82 WEST 1234 5698 7654 32', '219-09-9999', '203.0.113.42', 'ghp_Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6J7k8'];
    const separators = [' ', '\n', '\t', '"', '\\', ', ', '(', ')', ': ', '\u00e9 ', '\r\n', '\\n', '/'];
    const words = ['hello', 'the', 'order', '2024-11-22', 'v1.2.3', '42', 'naïve', '日本'];
    const text = () => Array.from({ length: 1 + Math.floor(random() * 8) }, () => pick(separators) + pick(random() < 0.4 ? values : words)).join('') + pick(separators);
    const value = (depth: number): unknown => {
      const kind = random();
      if (depth > 2 || kind < 0.5) return text();
      if (kind < 0.6) return pick([4111111111111111, 42, 3.14, -7, true, null]);
      if (kind < 0.8) return Array.from({ length: 1 + Math.floor(random() * 3) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: 1 + Math.floor(random() * 3) }, (_, i) => [random() < 0.2 ? pick(values) : `k${i}`, value(depth + 1)]));
    };
    for (let i = 0; i < 300; i++) {
      // A document is an object or an array: a text that is a bare number or string is plain text, not JSON.
      const doc = { messages: [value(0), value(1)] };
      const json = random() < 0.5 ? JSON.stringify(doc) : JSON.stringify(doc, null, 2);
      const out = everyDetector.forSpan(`fuzz-${i}`).redact(json);
      const decoded = JSON.stringify(JSON.parse(out));
      for (const planted of values) expect(decoded).not.toContain(planted);
      expect(decoded).not.toContain('4111111111111111');
    }
  });
});

describe('the escape-aware view', () => {
  it('blanks escapes with spaces of the same length and keeps a closing quote after an even run of backslashes', () => {
    const text = String.raw`{"a":"x\ny\\","b":"\u00e9\/"}`;
    const view = viewOf(text);
    expect(view.text).toBe('{"a":"x  y  ","b":"       /"}');
    expect(view.text.length).toBe(text.length);
    expect(view.escapes).toEqual([7, 9, 10, 12, 19, 25, 25, 27]);
  });
});
