// Redaction before storage (invariant 5). createRedactor compiles a project's settings once; forSpan(traceId) gives
// the redaction of one span: every text of the span goes through redact(), and counts() says how many distinct values
// of each kind the span lost. Placeholders ([EMAIL_1]) are consistent across the spans of a trace (trace-memory.ts).
//
// How one text is redacted:
// 1. Pre-checks on the raw text: one scan per family of detectors for their hints, then each detector's own
//    `mayContain`; clean text, the common case, stops here.
// 2. Detectors scan the escape-aware view of the text (text-view.ts) in order (built-in-detectors.ts). What a detector
//    finds is masked before the next one runs, so finds never overlap and a later pattern never sees placeholders.
// 3. Finds are replaced by placeholders; in a JSON document, in a way that keeps it valid (json-text.ts).
import { AFTER_CUSTOM_RULES, BEFORE_CUSTOM_RULES, BUILT_IN_DETECTORS } from './built-in-detectors';
import { anyHintIn, type Detector } from './detector';
import { RedactionConfigError } from './errors';
import { allInsideStrings, applyEdits, isValidJson, jsonSafeEdits, looksLikeJson, stringContents, type Edit } from './json-text';
import { customRuleDetector } from './rules/custom-rule';
import { redactionSettingsSchema, withAlwaysOn, type DetectorName, type RedactionSettings } from './settings';
import { TextFacts } from './text-facts';
import { trimToEscapes, viewOf } from './text-view';
import { TraceMemory, valueKey, type TracePlaceholders } from './trace-memory';

/** Per span: how many distinct values of each kind were replaced, by count key ("email", "payment_card", a rule name). */
export type RedactionCounts = Record<string, number>;

export interface SpanRedaction {
  /** The text with every find replaced by its placeholder; the same object when nothing was found. */
  redact(text: string): string;
  /**
   * Distinct values per kind replaced in this span so far. Distinct, not occurrences: the pipeline stores the same
   * prompt twice (raw attribute and normalised input), which must not count as two emails.
   */
  counts(): RedactionCounts;
}

export interface TraceRedaction {
  redact(text: string): string;
  /** A new span of this trace, counting its own finds. */
  span(): SpanRedaction;
}

export interface Redactor {
  /** The built-in detectors that run, always including secret and payment_card. */
  readonly detectors: readonly DetectorName[];
  forTrace(traceId: string): TraceRedaction;
  /** Shorthand for forTrace(traceId).span(). */
  forSpan(traceId: string): SpanRedaction;
}

export interface RedactorOptions {
  /** How many recent traces keep their placeholders (default 50,000). */
  readonly maxTraces?: number;
  /** How many distinct values one trace remembers (default 10,000). */
  readonly maxValuesPerTrace?: number;
}

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly detector: Detector;
  /** Salted hash of the detector type and canonical value: what placeholders and counts are keyed by. */
  readonly key: string;
}

// Nothing shorter can hold a built-in find (the shortest is an IPv6 address such as 1::2).
const BUILT_IN_MIN_LENGTH = 4;
// Replaces found text before the next detector runs: no built-in pattern matches it, and it acts as a word boundary.
const MASK = '\u0000';

/** The parts of [start, end) that no earlier detector claimed. */
function unclaimedParts(masked: string, start: number, end: number): (readonly [number, number])[] {
  const first = masked.indexOf(MASK, start);
  if (first === -1 || first >= end) return [[start, end]];
  const parts: (readonly [number, number])[] = [];
  let partStart = start;
  for (let i = start; i <= end; i++) {
    if (i === end || masked[i] === MASK) {
      if (i > partStart && masked.slice(partStart, i).trim() !== '') parts.push([partStart, i]);
      partStart = i + 1;
    }
  }
  return parts;
}

function maskRanges(masked: string, ranges: readonly (readonly [number, number])[]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    out += masked.slice(at, start) + MASK.repeat(end - start);
    at = end;
  }
  return out + masked.slice(at);
}

const escapeForRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

class CompiledRedactor implements Redactor {
  private readonly memory: TraceMemory;
  /** The chain in families of one type, each with one regex of all its members' hints (when they all have some). */
  private readonly families: readonly { readonly gate: RegExp | undefined; readonly members: readonly Detector[] }[];

  constructor(
    readonly detectors: readonly DetectorName[],
    chain: readonly Detector[],
    private readonly minLength: number,
    options: RedactorOptions,
  ) {
    this.memory = new TraceMemory(options.maxTraces, options.maxValuesPerTrace);
    // One gate per family rather than one for the whole chain: V8 tries the alternatives of a regex one after the
    // other at each position, so one 60-way alternation costs more than several short ones (19 µs against ~8 µs on a
    // 2 KB prompt), while a gate per detector would scan the text once per detector.
    const families: { gate: RegExp | undefined; members: Detector[] }[] = [];
    for (const detector of chain) {
      const last = families[families.length - 1];
      if (last && last.members[0]?.type === detector.type) last.members.push(detector);
      else families.push({ gate: undefined, members: [detector] });
    }
    for (const family of families) {
      if (!family.members.every((member) => member.hints)) continue;
      const hints = new Set(family.members.flatMap((member) => member.hints ?? []).map((hint) => (typeof hint === 'string' ? escapeForRegExp(hint) : `(?:${hint.source})`)));
      family.gate = new RegExp([...hints].join('|'));
    }
    this.families = families;
  }

  forTrace(traceId: string): TraceRedaction {
    const placeholders = this.lazyPlaceholders(traceId);
    return {
      redact: (text) => this.redact(text, placeholders),
      span: () => this.newSpan(placeholders),
    };
  }

  forSpan(traceId: string): SpanRedaction {
    return this.newSpan(this.lazyPlaceholders(traceId));
  }

  /** The trace's placeholders, looked up (and its recency refreshed) only once something is found. */
  private lazyPlaceholders(traceId: string): () => TracePlaceholders {
    let placeholders: TracePlaceholders | undefined;
    return () => (placeholders ??= this.memory.forTrace(traceId));
  }

  private newSpan(placeholders: () => TracePlaceholders): SpanRedaction {
    const seen = new Set<string>();
    const counts: RedactionCounts = {};
    const count = (hit: Hit) => {
      if (seen.has(hit.key)) return;
      seen.add(hit.key);
      counts[hit.detector.countKey] = (counts[hit.detector.countKey] ?? 0) + 1;
    };
    return {
      redact: (text) => this.redact(text, placeholders, count),
      counts: () => ({ ...counts }),
    };
  }

  private redact(text: string, placeholders: () => TracePlaceholders, count?: (hit: Hit) => void): string {
    const hits = this.find(text);
    if (hits.length === 0) return text;
    const placeholderOf = (hit: Hit) => {
      count?.(hit);
      return placeholders().placeholderFor(hit.detector.type, hit.key);
    };
    if (looksLikeJson(text)) {
      const strings = stringContents(text);
      if (!allInsideStrings(hits, strings) && isValidJson(text)) {
        const edits: Edit[] = [];
        for (const hit of hits) edits.push(...jsonSafeEdits(text, strings, hit.start, hit.end, placeholderOf(hit)));
        return applyEdits(text, edits);
      }
    }
    let out = '';
    let at = 0;
    for (const hit of hits) {
      out += text.slice(at, hit.start) + placeholderOf(hit);
      at = hit.end;
    }
    return out + text.slice(at);
  }

  /** Every find of every detector, in order of position, none overlapping. */
  private find(text: string): Hit[] {
    if (text.length < this.minLength) return [];
    const facts = new TextFacts(text);
    const hits: Hit[] = [];
    let view: ReturnType<typeof viewOf> | undefined;
    let masked = '';
    for (const family of this.families) {
      if (family.gate && !facts.test(family.gate)) continue;
      for (const detector of family.members) {
        if (detector.hints && !anyHintIn(detector.hints, text, facts)) continue;
        if (detector.mayContain && !detector.mayContain(text, facts)) continue;
        if (!view) {
          view = viewOf(text);
          masked = view.text;
        }
        const claimed: (readonly [number, number])[] = [];
        for (const found of detector.find(masked)) {
          const trimmed = trimToEscapes(view, found.start, found.end);
          if (!trimmed) continue;
          // Built-in patterns never match the mask; a project's pattern can run across text claimed before it, and
          // then the parts of its match on either side are redacted.
          const parts = unclaimedParts(masked, trimmed[0], trimmed[1]);
          const whole = parts.length === 1 && parts[0]?.[0] === trimmed[0] && parts[0][1] === trimmed[1];
          for (const [start, end] of parts) {
            hits.push({ start, end, detector, key: valueKey(detector.type, whole ? found.value : masked.slice(start, end)) });
            claimed.push([start, end]);
          }
        }
        if (claimed.length > 0) masked = maskRanges(masked, claimed);
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  }
}

function settingsError(settings: unknown, issue: { readonly message: string; readonly path: readonly PropertyKey[] } | undefined): RedactionConfigError {
  if (!issue) return new RedactionConfigError('The redaction settings are invalid.');
  const [field, index] = issue.path;
  if (field === 'customRules' && typeof index === 'number') {
    const rules = (settings as { customRules?: unknown } | null)?.customRules;
    const rule = Array.isArray(rules) ? (rules[index] as { name?: unknown } | undefined) : undefined;
    const name = typeof rule?.name === 'string' ? rule.name : undefined;
    if (issue.message.startsWith('Redaction rule "')) return new RedactionConfigError(issue.message, name);
    return new RedactionConfigError(`Redaction rule ${name === undefined ? index + 1 : `"${name}"`}: ${issue.message} (at ${issue.path.join('.')}).`, name);
  }
  return new RedactionConfigError(`The redaction settings are invalid at ${issue.path.join('.') || 'the top level'}: ${issue.message}.`);
}

/**
 * Compiles a project's settings once. Secrets and payment cards are redacted whatever the settings say. Throws
 * RedactionConfigError, naming the rule and the reason, for a rule that cannot be used.
 */
export function createRedactor(settings: RedactionSettings, options: RedactorOptions = {}): Redactor {
  // Parsed again here: settings built in code get the same checks as stored ones (rule names become placeholder
  // types, so they must be safe to print inside one).
  const parsed = redactionSettingsSchema.safeParse(settings);
  if (!parsed.success) throw settingsError(settings, parsed.error.issues[0]);
  const enabled = withAlwaysOn(parsed.data.detectors);
  const builtIns = (names: readonly DetectorName[]) => names.filter((name) => enabled.includes(name)).flatMap((name) => BUILT_IN_DETECTORS[name]);
  const custom = parsed.data.customRules.map(customRuleDetector);
  const chain = [...builtIns(BEFORE_CUSTOM_RULES), ...custom, ...builtIns(AFTER_CUSTOM_RULES)];
  const shortestWord = Math.min(
    ...parsed.data.customRules.map((rule) => (rule.kind === 'words' ? Math.min(...rule.words.map((w) => w.length)) : 1)),
    BUILT_IN_MIN_LENGTH,
  );
  return new CompiledRedactor(enabled, chain, shortestWord, options);
}
