// Static check of a project's regular expression for the shapes that make V8's backtracking engine slow. V8 cannot
// interrupt a running regular expression, so one bad rule and one unlucky span would stall ingest for every project
// in the process; refusing the rule when it is saved is the only sure guard. Measured on this machine:
//   (a+)+b, (a|ab)+c, (a)\1...  exponential: seconds at 30 characters. Refused.
//   \w+\w+x, .*a.*b, \d+,?\d+x  two repetitions that can take the same characters: 17 s on 4 KB, and three
//                               (\d+\d+\d+x) 23 s on 512 characters. Refused.
//   \w+x, [a-z]+@corp           one repetition: quadratic, 12 ms on 4 KB. Allowed: the redactor scans long texts in
//                               windows (regex-rule.ts), which makes the total cost linear in the text.
// The check is conservative: it refuses some patterns that would in fact run fast, and says how to rewrite them.
// It runs on a pattern that already compiled, so it can assume valid syntax.

type Node =
  /** One character: a literal, an escape such as \d, a class [...] or the dot. `source` is its regex source. */
  | { readonly kind: 'char'; readonly source: string }
  | { readonly kind: 'group'; readonly alternatives: readonly (readonly Node[])[]; readonly zeroWidth: boolean }
  | { readonly kind: 'repeat'; readonly node: Node; readonly min: number; readonly max: number }
  /** ^ $ \b \B: match no character but can fail. */
  | { readonly kind: 'assertion' };

class BackreferenceFound extends Error {}

const QUANTIFIER = /^\{(\d+)(,(\d*))?\}/;
// A repetition whose count can vary by more than this is "long": two of them side by side cost the product.
const LONG_REPEAT = 8;

function parse(pattern: string): readonly (readonly Node[])[] {
  let i = 0;

  const alternatives = (): Node[][] => {
    const result: Node[][] = [[]];
    while (i < pattern.length && pattern[i] !== ')') {
      if (pattern[i] === '|') {
        result.push([]);
        i++;
        continue;
      }
      (result[result.length - 1] as Node[]).push(quantified(atom()));
    }
    return result;
  };

  const atom = (): Node => {
    const ch = pattern[i] as string;
    if (ch === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9]/.test(next) || (next === 'k' && pattern[i + 2] === '<')) throw new BackreferenceFound();
      if (next === 'b' || next === 'B') {
        i += 2;
        return { kind: 'assertion' };
      }
      const start = i;
      if ((next === 'p' || next === 'P' || next === 'u') && pattern[i + 2] === '{') i = pattern.indexOf('}', i) + 1;
      else if (next === 'u') i += 6;
      else if (next === 'x') i += 4;
      else if (next === 'c') i += 3;
      else i += 2;
      return { kind: 'char', source: pattern.slice(start, i) };
    }
    if (ch === '[') {
      const start = i;
      i++;
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      i++;
      return { kind: 'char', source: pattern.slice(start, i) };
    }
    if (ch === '(') {
      i++;
      let zeroWidth = false;
      if (pattern[i] === '?') {
        const kind = pattern[i + 1];
        if (kind === ':') i += 2;
        else if (kind === '=' || kind === '!') {
          zeroWidth = true;
          i += 2;
        } else if (pattern[i + 2] === '=' || pattern[i + 2] === '!') {
          zeroWidth = true;
          i += 3;
        } else i = pattern.indexOf('>', i) + 1; // (?<name>
      }
      const inner = alternatives();
      i++; // )
      return { kind: 'group', alternatives: inner, zeroWidth };
    }
    if (ch === '^' || ch === '$') {
      i++;
      return { kind: 'assertion' };
    }
    const literal = String.fromCodePoint(pattern.codePointAt(i) as number);
    i += literal.length;
    return { kind: 'char', source: literal === '.' ? '.' : literal.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&') };
  };

  const quantified = (node: Node): Node => {
    let min: number;
    let max: number;
    const ch = pattern[i];
    const braces = ch === '{' ? QUANTIFIER.exec(pattern.slice(i)) : null;
    if (ch === '*' || ch === '+' || ch === '?') {
      min = ch === '+' ? 1 : 0;
      max = ch === '?' ? 1 : Infinity;
      i++;
    } else if (braces) {
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
      i += braces[0].length;
    } else {
      return node;
    }
    if (pattern[i] === '?') i++; // lazy
    return { kind: 'repeat', node, min, max };
  };

  return alternatives();
}

const varies = (node: Node): boolean =>
  node.kind === 'repeat' ? node.min !== node.max || varies(node.node) : node.kind === 'group' ? node.alternatives.some((a) => a.some(varies)) : false;

const alternates = (node: Node): boolean =>
  node.kind === 'repeat' ? alternates(node.node) : node.kind === 'group' ? node.alternatives.length > 1 || node.alternatives.some((a) => a.some(alternates)) : false;

/** The exponential shapes: a repeated group that contains a quantifier or an alternation. */
function nestedRepetition(node: Node): string | undefined {
  if (node.kind === 'repeat') {
    if (node.max > 1 && node.node.kind === 'group') {
      if (varies(node.node)) {
        return 'it repeats a group that itself contains a quantifier, such as (a+)+ or (\\w+\\s?)*, which can take exponential time; repeat a character class instead, such as [\\w\\s]+';
      }
      if (alternates(node.node)) {
        return 'it repeats an alternation, such as (a|ab)+, which can take exponential time; use a character class such as [ab]+, or write the alternatives out without repeating them';
      }
    }
    return nestedRepetition(node.node);
  }
  if (node.kind === 'group') {
    for (const alternative of node.alternatives) {
      for (const child of alternative) {
        const problem = nestedRepetition(child);
        if (problem) return problem;
      }
    }
  }
  return undefined;
}

// Characters that stand for the ones a pattern can meet: all of ASCII and Latin-1, and a few from other scripts,
// spaces and symbols. Two character sets "overlap" when some sample is in both; enough to tell \w from \s or [a-z]
// from @, which is what the checks below need.
const SAMPLES: readonly string[] = [
  ...Array.from({ length: 0x250 }, (_, code) => String.fromCharCode(code)),
  ...'ΩЖאع٣क中ア한\u2003\u2028€😀',
];

/** One element of a flattened sequence: a set of characters it can take, repeated min..max times. */
interface Slot {
  readonly chars: readonly Node[];
  readonly min: number;
  readonly max: number;
  /** A repetition of a single character set (\w+, .*, [a-z]{2,}): the shapes whose adjacency is checked. */
  readonly repeatsOneCharacter: boolean;
  /** An assertion or lookaround: takes nothing but can fail. */
  readonly check: boolean;
}

function charsIn(node: Node): Node[] {
  if (node.kind === 'char') return [node];
  if (node.kind === 'repeat') return charsIn(node.node);
  if (node.kind === 'group' && !node.zeroWidth) return node.alternatives.flatMap((a) => a.flatMap(charsIn));
  return [];
}

/** A sequence flattened into slots: groups with one alternative are opened up, everything else is one slot. */
function slotsOf(sequence: readonly Node[], optional: boolean, out: Slot[]): Slot[] {
  for (const node of sequence) {
    if (node.kind === 'assertion' || (node.kind === 'group' && node.zeroWidth)) {
      out.push({ chars: [], min: 0, max: 0, repeatsOneCharacter: false, check: true });
    } else if (node.kind === 'char') {
      out.push({ chars: [node], min: optional ? 0 : 1, max: 1, repeatsOneCharacter: false, check: false });
    } else if (node.kind === 'group' && node.alternatives.length === 1) {
      slotsOf(node.alternatives[0] as Node[], optional, out);
    } else if (node.kind === 'repeat' && node.max <= 1 && node.node.kind === 'group' && node.node.alternatives.length === 1) {
      slotsOf(node.node.alternatives[0] as Node[], true, out);
    } else if (node.kind === 'repeat' && node.node.kind === 'char') {
      out.push({ chars: [node.node], min: optional ? 0 : node.min, max: node.max, repeatsOneCharacter: true, check: false });
    } else {
      const canBeEmpty = optional || (node.kind === 'repeat' && node.min === 0) || (node.kind === 'group' && node.alternatives.some((a) => a.length === 0));
      out.push({ chars: charsIn(node), min: canBeEmpty ? 0 : 1, max: Infinity, repeatsOneCharacter: false, check: false });
    }
  }
  return out;
}

interface Sequence {
  readonly nodes: readonly Node[];
  /** The pattern's own alternatives: nothing follows their end. */
  readonly topLevel: boolean;
}

/** Every sequence in the pattern whose slots are checked on their own: the top level and each inner alternative. */
function sequencesOf(alternatives: readonly (readonly Node[])[], topLevel: boolean, out: Sequence[]): Sequence[] {
  for (const alternative of alternatives) {
    out.push({ nodes: alternative, topLevel });
    for (const node of alternative) {
      const group = node.kind === 'repeat' ? node.node : node;
      if (group.kind === 'group' && group.alternatives.length > 1) sequencesOf(group.alternatives, false, out);
    }
  }
  return out;
}

function makeMembership(flags: string): (chars: readonly Node[]) => readonly boolean[] {
  const cache = new Map<string, readonly boolean[]>();
  const ofChar = (source: string) => {
    let members = cache.get(source);
    if (!members) {
      const regex = new RegExp(`^(?:${source})$`, flags);
      members = SAMPLES.map((sample) => regex.test(sample));
      cache.set(source, members);
    }
    return members;
  };
  return (chars) => SAMPLES.map((_, index) => chars.some((c) => c.kind === 'char' && ofChar(c.source)[index] === true));
}

/** Two long repetitions of overlapping characters, with nothing between them that only one of them could take. */
function ambiguousRepetitions(sequence: Sequence, membership: (chars: readonly Node[]) => readonly boolean[]): string | undefined {
  const slots = slotsOf(sequence.nodes, false, []);
  const isLong = (slot: Slot) => slot.repeatsOneCharacter && slot.max - slot.min > LONG_REPEAT;
  for (let j = 0; j < slots.length; j++) {
    const second = slots[j] as Slot;
    if (!isLong(second)) continue;
    // When nothing after the second repetition can fail, it never gives characters back: no backtracking into it.
    if (sequence.topLevel && slots.slice(j + 1).every((s) => s.min === 0 && !s.check)) continue;
    const secondSet = membership(second.chars);
    for (let i = j - 1; i >= 0; i--) {
      const first = slots[i] as Slot;
      if (!isLong(first)) continue;
      const firstSet = membership(first.chars);
      const shared = secondSet.map((inSecond, index) => inSecond && firstSet[index] === true);
      if (!shared.includes(true)) continue;
      const between = slots.slice(i + 1, j);
      const eitherCouldTake = between.every((slot) => {
        if (slot.min === 0) return true;
        const set = membership(slot.chars);
        return set.some((inSlot, index) => inSlot && shared[index] === true);
      });
      if (eitherCouldTake) {
        return 'two repetitions can take the same characters one after the other, such as \\w+\\w+, \\d+,?\\d+ or .*a.*b, which takes polynomial time on long text; put something between them that the first cannot match (\\w+\\s+\\w+), or make one of them short, such as \\d{1,4}';
      }
    }
  }
  return undefined;
}

/**
 * Why the pattern could take exponential or high polynomial time, or undefined when it has none of those shapes.
 * `flags` are the flags it will run with (the i flag changes which characters overlap).
 */
export function backtrackingRisk(pattern: string, flags = 'u'): string | undefined {
  let tree: readonly (readonly Node[])[];
  try {
    tree = parse(pattern);
  } catch (err) {
    if (err instanceof BackreferenceFound) {
      return 'it uses a backreference (\\1, \\k<name>), which can take exponential time; backreferences are not supported in redaction rules';
    }
    throw err;
  }
  for (const alternative of tree) {
    for (const node of alternative) {
      const problem = nestedRepetition(node);
      if (problem) return problem;
    }
  }
  const membership = makeMembership(flags.replace(/[gyd]/g, ''));
  for (const sequence of sequencesOf(tree, true, [])) {
    const problem = ambiguousRepetitions(sequence, membership);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * The character set (as regex source) of an unbounded repetition the pattern starts with (\w+x gives \w), or
 * undefined. A match can then start only where a run of that set starts: any match starting inside a run is part of
 * one starting at the run's beginning, since the repetition can take the characters in between. Adding (?<!\w) in
 * front keeps what is redacted and turns the quadratic scan of a long run into a linear one.
 */
export function leadingRepetition(pattern: string): string | undefined {
  let tree: readonly (readonly Node[])[];
  try {
    tree = parse(pattern);
  } catch {
    return undefined;
  }
  const first = tree.length === 1 ? tree[0]?.[0] : undefined;
  return first?.kind === 'repeat' && first.max === Infinity && first.node.kind === 'char' ? first.node.source : undefined;
}

/**
 * Literal text every match starts with ("ORD-" for ORD-\\d{6}), at least two characters, or undefined. It lets the
 * redactor skip texts that do not contain it without running the pattern.
 */
export function literalPrefix(pattern: string): string | undefined {
  let tree: readonly (readonly Node[])[];
  try {
    tree = parse(pattern);
  } catch {
    return undefined;
  }
  if (tree.length !== 1) return undefined;
  let prefix = '';
  for (const node of tree[0] as readonly Node[]) {
    if (node.kind !== 'char') break;
    // A plain character, or an escaped one that stands for itself (\\- \\. \\/); not \\d, \\w, classes or the dot.
    const literal = node.source.length === 1 && node.source !== '.' ? node.source : /^\\[^A-Za-z0-9]$/.test(node.source) ? node.source[1] : undefined;
    if (literal === undefined) break;
    prefix += literal;
  }
  return prefix.length >= 2 ? prefix : undefined;
}
