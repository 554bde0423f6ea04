// Model patterns of price overrides: an exact name, or a glob where `*` is any run of characters and `?` one.
// Matching ignores case, as model names arrive in whatever case the SDK or gateway used.

export interface ModelPattern {
  readonly exact: boolean;
  /** Non-wildcard characters: a glob with more of them is more specific ("gpt-4o-mini*" beats "gpt-4o*"). */
  readonly literalLength: number;
  matches(model: string): boolean;
}

export function compileModelPattern(pattern: string): ModelPattern {
  const normalised = pattern.trim().toLowerCase();
  const literalLength = normalised.replace(/[*?]/g, '').length;
  if (literalLength === normalised.length) {
    return { exact: true, literalLength, matches: (model) => model.toLowerCase() === normalised };
  }
  return { exact: false, literalLength, matches: (model) => globMatches(normalised, model.toLowerCase()) };
}

// Linear-backtracking wildcard match (O(pattern x text) at worst). A regex with several `.*` could backtrack
// exponentially on a hostile model name sent in a span.
function globMatches(pattern: string, text: string): boolean {
  let patternAt = 0;
  let textAt = 0;
  let lastStar = -1;
  let textAtLastStar = 0;
  while (textAt < text.length) {
    const token = pattern[patternAt];
    if (token === '*') {
      lastStar = patternAt++;
      textAtLastStar = textAt;
    } else if (token !== undefined && (token === '?' || token === text[textAt])) {
      patternAt++;
      textAt++;
    } else if (lastStar >= 0) {
      // Let the last star swallow one more character and retry from just after it.
      patternAt = lastStar + 1;
      textAt = ++textAtLastStar;
    } else {
      return false;
    }
  }
  while (pattern[patternAt] === '*') patternAt++;
  return patternAt === pattern.length;
}
