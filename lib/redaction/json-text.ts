// Keeping JSON valid when parts of it are replaced. Attribute values are often JSON documents (chat messages, tool
// arguments) and are stored as text, so redaction works on the text and must leave a parseable document behind.
// A find inside one string literal is safe to replace as it is (placeholders have no quote or backslash, and finds
// never cut an escape in two, see text-view.ts). This module handles the rest: a find in a number
// ({"card": 4111111111111111}) or one that crosses a string's quotes (a project pattern can).

export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Whether the text is worth treating as a JSON document at all: an object or an array. */
export function looksLikeJson(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '{' || ch === '[') return true;
    if (ch !== ' ' && ch !== '\n' && ch !== '\r' && ch !== '\t') return false;
  }
  return false;
}

/** [start, end) of the content of every string literal (between its quotes), flattened, in order. */
export function stringContents(text: string): number[] {
  const ranges: number[] = [];
  let quote = text.indexOf('"');
  while (quote !== -1) {
    let i = quote + 1;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === 92) i += 2;
      else if (code === 34) break;
      else i++;
    }
    ranges.push(quote + 1, Math.min(i, text.length));
    quote = i < text.length ? text.indexOf('"', i + 1) : -1;
  }
  return ranges;
}

/** Whether every range lies within a single string literal's content. Ranges must be in order. */
export function allInsideStrings(ranges: readonly { readonly start: number; readonly end: number }[], strings: readonly number[]): boolean {
  let s = 0;
  for (const r of ranges) {
    while (s < strings.length && (strings[s + 1] as number) < r.end) s += 2;
    if (s >= strings.length || (strings[s] as number) > r.start) return false;
  }
  return true;
}

export function isValidJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const isTokenChar = (ch: string | undefined) => ch !== undefined && /[-+.0-9A-Za-z]/.test(ch);

/**
 * The edits that replace [start, end) of a valid JSON text with `placeholder` and keep it valid: the parts inside
 * string literals become the placeholder; a number (or true/false/null) it touches becomes the placeholder as a
 * string, whole; quotes, commas, colons, brackets and whitespace stay.
 */
export function jsonSafeEdits(text: string, strings: readonly number[], start: number, end: number, placeholder: string): Edit[] {
  const edits: Edit[] = [];
  let at = start;
  let s = 0;
  while (at < end) {
    while (s < strings.length && (strings[s + 1] as number) <= at) s += 2;
    const stringStart = s < strings.length ? (strings[s] as number) : Infinity;
    const stringEnd = s < strings.length ? (strings[s + 1] as number) : Infinity;
    if (at >= stringStart) {
      const pieceEnd = Math.min(end, stringEnd);
      edits.push({ start: at, end: pieceEnd, text: placeholder });
      at = pieceEnd;
      continue;
    }
    // Outside strings until the next string opens (its quote is at stringStart - 1).
    const outsideEnd = Math.min(end, stringStart - 1);
    for (let i = at; i < outsideEnd; i++) {
      if (!isTokenChar(text[i])) continue;
      let tokenStart = i;
      while (isTokenChar(text[tokenStart - 1])) tokenStart--;
      let tokenEnd = i + 1;
      while (isTokenChar(text[tokenEnd])) tokenEnd++;
      edits.push({ start: tokenStart, end: tokenEnd, text: `"${placeholder}"` });
      i = tokenEnd;
    }
    at = Math.max(outsideEnd, stringStart);
  }
  return edits;
}

/** Applies edits (in any order; where two cover the same text, the first one given wins). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = edits.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.start - b.edit.start || a.index - b.index);
  let out = '';
  let at = 0;
  for (const { edit } of sorted) {
    if (edit.start < at) continue;
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}
