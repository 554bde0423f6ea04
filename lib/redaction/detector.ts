// A detector finds one kind of sensitive value. `mayContain` is a cheap pre-check on the raw text so that clean text
// (most text) never runs a regular expression; `find` returns the exact ranges to replace and, for each, the value
// that decides its placeholder.
import { TextFacts } from './text-facts';

export type Hint = string | RegExp;

/** Whether one of the hints occurs in the text. */
export function anyHintIn(hints: readonly Hint[], text: string, facts: TextFacts): boolean {
  return hints.some((hint) => (typeof hint === 'string' ? text.includes(hint) : facts.test(hint)));
}

export interface Found {
  readonly start: number;
  readonly end: number;
  /**
   * The value in a canonical form (the digits of a card, a lower-cased email) so that "4111 1111 1111 1111" and
   * "4111-1111-1111-1111" are one card and get one placeholder. Never stored: only a salted hash of it is kept.
   */
  readonly value: string;
}

export interface Detector {
  /** What it finds, for tests and documentation: "openai_key", "us_ssn". */
  readonly name: string;
  /** Placeholder type, e.g. EMAIL in [EMAIL_1]: upper-case letters, digits and underscores only. */
  readonly type: string;
  /** Key in the per-span counts, e.g. "email". */
  readonly countKey: string;
  /**
   * Every find contains a match of one of these: a literal ("sk-", "@") or a shape (/\d{3}-\d{2}-\d{4}/, not global).
   * The redactor tests the hints of all its detectors with one combined regex per text, so a clean text costs one
   * scan however many detectors there are; only when that matches are a detector's own hints looked at.
   */
  readonly hints?: readonly Hint[];
  /** A further cheap check on the raw text, after the hints. */
  mayContain?(text: string, facts: TextFacts): boolean;
  /** Non-overlapping finds in order of position. `text` is the escape-aware view of the span text (text-view.ts). */
  find(text: string): Found[];
}

export interface Label {
  readonly type: string;
  readonly countKey: string;
}

export const SECRET: Label = { type: 'SECRET', countKey: 'secret' };
export const CARD: Label = { type: 'CARD', countKey: 'payment_card' };
export const EMAIL: Label = { type: 'EMAIL', countKey: 'email' };
export const PHONE: Label = { type: 'PHONE', countKey: 'phone' };
export const IBAN: Label = { type: 'IBAN', countKey: 'iban' };
export const NATIONAL_ID: Label = { type: 'NATIONAL_ID', countKey: 'national_id' };
export const IP: Label = { type: 'IP', countKey: 'ip_address' };

export interface RegexDetectorSpec {
  readonly name: string;
  readonly label: Label;
  /**
   * Global. When it has a group named `value` (and the d flag), only that group is replaced: context such as
   * "Bearer " or "aws_secret_access_key=" helps to find the secret but is not itself redacted.
   */
  readonly patterns: readonly RegExp[];
  readonly hints?: readonly Hint[];
  mayContain?(text: string, facts: TextFacts): boolean;
  /** Rejects look-alikes the pattern cannot (Luhn, mod 97, issued ranges); `start` is where the value starts in `text`. */
  accept?(value: string, text: string, start: number): boolean;
  canonical?(value: string): string;
}

/** A detector made of one or more regular expressions; of two overlapping finds the one that starts first stays. */
export function regexDetector(spec: RegexDetectorSpec): Detector {
  for (const pattern of spec.patterns) {
    if (!pattern.global) throw new Error(`Detector ${spec.name}: patterns must be global`);
  }
  return {
    name: spec.name,
    type: spec.label.type,
    countKey: spec.label.countKey,
    hints: spec.hints,
    mayContain: spec.mayContain,
    find(text) {
      const found: Found[] = [];
      for (const pattern of spec.patterns) {
        pattern.lastIndex = 0;
        for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
          const span = m.indices?.groups?.value;
          const start = span ? span[0] : m.index;
          const end = span ? span[1] : m.index + m[0].length;
          const value = text.slice(start, end);
          if (end > start && (!spec.accept || spec.accept(value, text, start))) {
            found.push({ start, end, value: spec.canonical ? spec.canonical(value) : value });
          }
          if (m[0].length === 0) pattern.lastIndex++;
        }
      }
      return spec.patterns.length === 1 ? found : withoutOverlaps(found);
    },
  };
}

/** Sorted by position; where two overlap, the earlier (then the longer) stays. */
export function withoutOverlaps(found: Found[]): Found[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  let end = -1;
  for (const f of found) {
    if (f.start >= end) {
      kept.push(f);
      end = f.end;
    }
  }
  return kept;
}

/**
 * One detector made of several (e.g. the written forms of phone numbers), each with its own checks: it may contain a
 * find when any part may, and a part only searches a text that passes its own pre-check.
 */
export function anyOf(name: string, label: Label, parts: readonly Detector[]): Detector {
  const partMayContain = (part: Detector, text: string, facts: TextFacts) =>
    (!part.hints || anyHintIn(part.hints, text, facts)) && (!part.mayContain || part.mayContain(text, facts));
  return {
    name,
    type: label.type,
    countKey: label.countKey,
    hints: parts.every((part) => part.hints) ? parts.flatMap((part) => part.hints ?? []) : undefined,
    mayContain: (text, facts) => parts.some((part) => partMayContain(part, text, facts)),
    find(text) {
      const facts = new TextFacts(text);
      return withoutOverlaps(parts.flatMap((part) => (partMayContain(part, text, facts) ? part.find(text) : [])));
    },
  };
}

export const digitsOnly = (value: string): string => value.replace(/\D/g, '');
