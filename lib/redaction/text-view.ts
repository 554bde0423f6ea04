// What detectors see: the text with its escape sequences (\n, \", \u00e9, and the doubled backslashes of JSON inside
// JSON) blanked out as spaces of the same length. Positions still line up with the original, so a find maps straight
// back; "\nsk-..." reads as a break followed by "sk-..." rather than the word "nsk-..." (which would hide the key);
// and a find can be trimmed so that it never cuts an escape in two (which would break the JSON it sits in).
export interface TextView {
  readonly text: string;
  /** Escape sequences as [start, end) pairs, flattened and in order. */
  readonly escapes: readonly number[];
}

const isHex = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
const SIMPLE_ESCAPES = 'nrtbf"/';

// A hand-written scan: it runs on every text that reaches a detector, and is ten times faster than a replace() with
// a callback (0.35 µs against 3.8 µs on a 2 KB prompt).
export function viewOf(text: string): TextView {
  let backslash = text.indexOf('\\');
  if (backslash === -1) return { text, escapes: [] };
  const escapes: number[] = [];
  let blanked = '';
  let copied = 0;
  while (backslash !== -1) {
    // A run of backslashes and the character it escapes: at some level of JSON-in-JSON it is one escape sequence.
    let after = backslash;
    while (text.charCodeAt(after) === 92) after++;
    const run = after - backslash;
    const escaped = text[after];
    let end = after;
    if (escaped === 'u' && isHex(text.charCodeAt(after + 1)) && isHex(text.charCodeAt(after + 2)) && isHex(text.charCodeAt(after + 3)) && isHex(text.charCodeAt(after + 4))) {
      end = after + 5;
    } else if (escaped !== undefined && SIMPLE_ESCAPES.includes(escaped) && !(escaped === '"' && run % 2 === 0)) {
      // After an even run of backslashes a quote is not escaped: it ends the JSON string and stays visible.
      end = after + 1;
    }
    escapes.push(backslash, end);
    // "\/" (how PHP and others write "/") keeps its slash visible, so https:\/\/hooks... still reads as a URL.
    blanked += text.slice(copied, backslash) + (escaped === '/' && end === after + 1 ? `${' '.repeat(end - backslash - 1)}/` : ' '.repeat(end - backslash));
    copied = end;
    backslash = text.indexOf('\\', end);
  }
  return { text: blanked + text.slice(copied), escapes };
}

/** [start, end) moved inwards so that neither end falls inside an escape; undefined when nothing is left. */
export function trimToEscapes(view: TextView, start: number, end: number): readonly [number, number] | undefined {
  const escapes = view.escapes;
  if (escapes.length > 0) {
    const startEscape = escapeAround(escapes, start);
    if (startEscape !== -1) start = escapes[startEscape + 1] as number;
    const endEscape = escapeAround(escapes, end);
    if (endEscape !== -1) end = escapes[endEscape] as number;
  }
  return end > start ? [start, end] : undefined;
}

/** Index (into the flat list) of the escape that strictly contains the boundary `at`, or -1. */
function escapeAround(escapes: readonly number[], at: number): number {
  let low = 0;
  let high = escapes.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = escapes[mid * 2] as number;
    const end = escapes[mid * 2 + 1] as number;
    if (at <= start) high = mid - 1;
    else if (at >= end) low = mid + 1;
    else return mid * 2;
  }
  return -1;
}
