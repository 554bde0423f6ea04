// A project's word list as a detector: whole words and phrases, case-insensitive. Lists can hold thousands of words,
// and one regular expression with thousands of alternatives is slow at every position, so the text is split into
// word tokens once and each token is looked up by its lower-case form; only entries starting with that token are
// then checked at that position. Short lists skip texts that contain none of their first words at all.
import type { Detector, Found } from '../detector';
import { RedactionConfigError } from '../errors';
import { customRuleProblem, type WordsRule } from './rule-problems';

const TOKEN = /[\p{L}\p{N}_]+/gu;
const SMALL_LIST = 32;

interface Entry {
  /** Characters before the first word token ("#" in "#launch"). */
  readonly lead: number;
  /** The entry at a position (sticky), case-insensitive, whitespace inside matching any whitespace. */
  readonly matcher: RegExp;
}

const escapeForRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

export function wordListDetector(rule: WordsRule): Detector {
  const problem = customRuleProblem(rule);
  if (problem) throw new RedactionConfigError(problem, rule.name);
  const byFirstToken = new Map<string, Entry[]>();
  for (const word of rule.words) {
    TOKEN.lastIndex = 0;
    const first = TOKEN.exec(word) as RegExpExecArray;
    const source = word.split(/\s+/).map(escapeForRegExp).join(String.raw`\s+`);
    const matcher = new RegExp(String.raw`(?<![\p{L}\p{N}_])${source}(?![\p{L}\p{N}_])`, 'iuy');
    const key = first[0].toLowerCase();
    const entries = byFirstToken.get(key) ?? [];
    entries.push({ lead: first.index, matcher });
    byFirstToken.set(key, entries);
  }
  const firstTokens = rule.words.length <= SMALL_LIST ? [...byFirstToken.keys()] : undefined;

  return {
    name: rule.name,
    type: rule.name.toUpperCase(),
    countKey: rule.name,
    mayContain(text) {
      if (!firstTokens) return true;
      const lower = text.toLowerCase();
      return firstTokens.some((token) => lower.includes(token));
    },
    find(text) {
      const found: Found[] = [];
      TOKEN.lastIndex = 0;
      for (let token = TOKEN.exec(text); token !== null; token = TOKEN.exec(text)) {
        const entries = byFirstToken.get(token[0].toLowerCase());
        if (!entries) continue;
        let best: Found | undefined;
        for (const entry of entries) {
          const start = token.index - entry.lead;
          if (start < 0 || (found.length > 0 && start < (found[found.length - 1] as Found).end)) continue;
          entry.matcher.lastIndex = start;
          const m = entry.matcher.exec(text);
          if (m && (!best || m[0].length > best.end - best.start)) {
            best = { start, end: start + m[0].length, value: m[0].toLowerCase().replace(/\s+/g, ' ') };
          }
        }
        if (best) {
          found.push(best);
          TOKEN.lastIndex = Math.max(TOKEN.lastIndex, best.end);
        }
      }
      return found;
    },
  };
}
