// A project's regular-expression rule as a detector.
// Why both a static check and windows: the static check (regex-safety.ts) refuses the shapes that take exponential
// time, but polynomial backtracking remains possible (\w+\w+x on a long run of letters is quadratic), and spans carry
// texts of a megabyte (base64 images). So a text longer than WINDOW is scanned in overlapping windows: the work of one
// call is bounded by the window, not the text, and total work grows linearly with the text. A match of up to MARGIN
// characters is never cut by a window edge and always sees MARGIN characters of context for its lookarounds.
import type { Detector, Found } from '../detector';
import { RedactionConfigError } from '../errors';
import { literalPrefix } from './regex-safety';
import { compileRulePattern, customRuleProblem, type RegexRule } from './rule-problems';

export const WINDOW = 1024;
export const MARGIN = 128;
const STEP = WINDOW - 2 * MARGIN;

function scan(regex: RegExp, text: string, offset: number, from: number, to: number, canonical: (s: string) => string, found: Found[]): void {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    const start = offset + m.index;
    if (start >= to) break;
    if (start >= from) found.push({ start, end: start + m[0].length, value: canonical(m[0]) });
  }
}

export function regexRuleDetector(rule: RegexRule): Detector {
  const compiled = compileRulePattern(rule);
  if (!compiled.ok) throw new RedactionConfigError(customRuleProblem(rule) ?? `Redaction rule "${rule.name}" cannot be used.`, rule.name);
  const regex = compiled.regex;
  const canonical = rule.caseInsensitive ? (s: string) => s.toLowerCase() : (s: string) => s;
  const prefix = rule.caseInsensitive ? undefined : literalPrefix(rule.pattern);
  return {
    name: rule.name,
    type: rule.name.toUpperCase(),
    countKey: rule.name,
    // Case-insensitive rules have no literal to look for (includes() is case-sensitive).
    hints: prefix === undefined ? undefined : [prefix],
    find(text) {
      const found: Found[] = [];
      if (text.length <= WINDOW) {
        scan(regex, text, 0, 0, text.length, canonical, found);
        return found;
      }
      for (let from = 0; from < text.length; from += STEP) {
        const windowStart = Math.max(0, from - MARGIN);
        const windowEnd = Math.min(text.length, from + STEP + MARGIN);
        scan(regex, text.slice(windowStart, windowEnd), windowStart, from, from + STEP, canonical, found);
      }
      // A match that runs past the end of its window's own part can overlap one found from the next window: keep the first.
      const kept: Found[] = [];
      for (const f of found) if (kept.length === 0 || f.start >= (kept[kept.length - 1] as Found).end) kept.push(f);
      return kept;
    },
  };
}
