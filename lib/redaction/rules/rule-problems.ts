// Whether a project's custom rule can be used, in words for the person who wrote it. Shared by the settings schema
// (refused when saved) and createRedactor (refused when compiled). Messages name the rule, never quote its words or
// pattern: those are the very texts the project wants kept out of logs and error messages (invariant 5).
import type { CustomRule } from '../settings';
import { backtrackingRisk, leadingRepetition } from './regex-safety';

export type RegexRule = Extract<CustomRule, { kind: 'regex' }>;
export type WordsRule = Extract<CustomRule, { kind: 'words' }>;

const HAS_WORD_CHARACTER = /[\p{L}\p{N}_]/u;

export type CompiledPattern = { readonly ok: true; readonly regex: RegExp } | { readonly ok: false; readonly reason: string };

/** The rule's pattern compiled for scanning (global, Unicode), or why it cannot be used. */
export function compileRulePattern(rule: Pick<RegexRule, 'pattern' | 'caseInsensitive'>): CompiledPattern {
  const flags = rule.caseInsensitive ? 'giu' : 'gu';
  let regex: RegExp;
  try {
    regex = new RegExp(rule.pattern, flags);
  } catch (err) {
    // V8 quotes the pattern ("Invalid regular expression: /…/gu: Unterminated group"); keep only the reason.
    const message = err instanceof Error ? err.message : String(err);
    const reason = message.split(`/${flags}: `).pop() ?? message;
    return { ok: false, reason: `the pattern is not a valid regular expression (${reason.includes(rule.pattern) ? 'syntax error' : reason})` };
  }
  // Checked after compiling, so the check can rely on valid syntax.
  const risk = backtrackingRisk(rule.pattern, flags);
  if (risk) return { ok: false, reason: risk };
  if (regex.test('')) return { ok: false, reason: 'the pattern matches the empty text; it must match at least one character' };
  const runStart = leadingRepetition(rule.pattern);
  return { ok: true, regex: runStart ? new RegExp(`(?<!${runStart})(?:${rule.pattern})`, flags) : regex };
}

/** Why the rule cannot be used, as a sentence that names it; undefined when it can. */
export function customRuleProblem(rule: CustomRule): string | undefined {
  let reason: string | undefined;
  if (rule.kind === 'regex') {
    const compiled = compileRulePattern(rule);
    if (!compiled.ok) reason = compiled.reason;
  } else {
    const index = rule.words.findIndex((word) => !HAS_WORD_CHARACTER.test(word));
    if (index !== -1) reason = `word ${index + 1} has no letter or digit, so it can never be found as a whole word`;
  }
  return reason === undefined ? undefined : `Redaction rule "${rule.name}": ${reason}.`;
}
