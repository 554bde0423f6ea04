// Redaction before storage (invariant 5). A Redactor is compiled once per project settings; `forSpan(traceId)`
// gives the redaction of one span. The same value gets the same placeholder ([EMAIL_1]) in every span of a trace
// while the process remembers the trace (the most recent TRACES_REMEMBERED traces); after a restart or eviction
// numbering starts again, which never reveals anything, it only stops two placeholders from being linkable.
import { emailDetector } from './detectors/email';
import { ibanDetector } from './detectors/iban';
import { ipAddressDetector } from './detectors/ip-address';
import { nationalIdDetector } from './detectors/national-id';
import { paymentCardDetector } from './detectors/payment-card';
import { phoneDetector } from './detectors/phone';
import { secretsDetector } from './detectors/secrets';
import type { Detector } from './detector';
import type { CustomRule, OptionalDetector, RedactionSettings } from './settings';

const TRACES_REMEMBERED = 50_000;

const OPTIONAL_ORDER: readonly OptionalDetector[] = ['iban', 'national_id', 'email', 'ip_address', 'phone'];

const OPTIONAL: Readonly<Record<OptionalDetector, Detector>> = {
  email: emailDetector,
  phone: phoneDetector,
  iban: ibanDetector,
  national_id: nationalIdDetector,
  ip_address: ipAddressDetector,
};

/** A project's custom rule cannot be used; the message names the rule and says why. */
export class RedactionConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RedactionConfigError';
  }
}

// Nested quantifiers such as (a+)+ or (\w*)* backtrack exponentially on near-matches; a rule like that would let
// one span stall ingest for every project, so it is refused when saved rather than guarded at run time.
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*[+*{]/;

function compileRule(rule: CustomRule): Detector {
  const type = rule.name.toUpperCase();
  if (rule.kind === 'words') {
    const escaped = rule.words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const lowered = rule.words.map((w) => w.toLowerCase());
    return {
      type,
      countKey: rule.name,
      pattern: new RegExp(`(?<![\\p{L}\\p{N}_])(?:${escaped.join('|')})(?![\\p{L}\\p{N}_])`, 'giu'),
      mayContain: (text) => {
        const lower = text.toLowerCase();
        return lowered.some((w) => lower.includes(w));
      },
    };
  }
  if (NESTED_QUANTIFIER.test(rule.pattern)) {
    throw new RedactionConfigError(`Redaction rule "${rule.name}": nested quantifiers such as (a+)+ can take exponential time; rewrite the pattern without them.`);
  }
  let pattern: RegExp;
  try {
    pattern = new RegExp(rule.pattern, rule.caseInsensitive ? 'giu' : 'gu');
  } catch (err) {
    throw new RedactionConfigError(`Redaction rule "${rule.name}": the pattern is not a valid regular expression (${err instanceof Error ? err.message : String(err)}).`);
  }
  if (pattern.test('')) throw new RedactionConfigError(`Redaction rule "${rule.name}": the pattern matches the empty text; it must match at least one character.`);
  return { type, countKey: rule.name, pattern, mayContain: () => true };
}

interface TraceState {
  readonly placeholders: Map<string, string>;
  readonly next: Map<string, number>;
}

export interface SpanRedaction {
  redact(text: string): string;
  /** How many distinct values of each type were replaced in this span so far. */
  counts(): Record<string, number>;
}

export class Redactor {
  private readonly detectors: readonly Detector[];
  private readonly traces = new Map<string, TraceState>();

  constructor(settings: RedactionSettings) {
    // Secrets first: a key that also looks like a phone number or an id is reported as what it is.
    // Then the most specific shapes before the most generic (a phone pattern would take an IBAN's digit groups).
    const chosen = OPTIONAL_ORDER.filter((d) => settings.detectors.includes(d)).map((d) => OPTIONAL[d]);
    this.detectors = [secretsDetector, paymentCardDetector, ...settings.customRules.map(compileRule), ...chosen];
  }

  forSpan(traceId: string): SpanRedaction {
    // Counted once per distinct value: the same prompt is stored both raw (attributes) and normalised (input).
    const seen = new Set<string>();
    const counts: Record<string, number> = {};
    return {
      redact: (text) => this.redactText(text, traceId, seen, counts),
      counts: () => counts,
    };
  }

  private trace(traceId: string): TraceState {
    let state = this.traces.get(traceId);
    if (state) {
      // Refresh recency: Map keeps insertion order, so the first key is always the least recently used.
      this.traces.delete(traceId);
      this.traces.set(traceId, state);
      return state;
    }
    state = { placeholders: new Map(), next: new Map() };
    if (this.traces.size >= TRACES_REMEMBERED) this.traces.delete(this.traces.keys().next().value as string);
    this.traces.set(traceId, state);
    return state;
  }

  private redactText(text: string, traceId: string, seen: Set<string>, counts: Record<string, number>): string {
    if (text.length < 5) return text;
    let out = text;
    let state: TraceState | undefined;
    for (const d of this.detectors) {
      if (!d.mayContain(out)) continue;
      d.pattern.lastIndex = 0;
      out = out.replace(d.pattern, (match: string) => {
        if (d.isValid && !d.isValid(match)) return match;
        state ??= this.trace(traceId);
        const key = `${d.type}\u0000${match}`;
        if (!seen.has(key)) {
          seen.add(key);
          counts[d.countKey] = (counts[d.countKey] ?? 0) + 1;
        }
        let placeholder = state.placeholders.get(key);
        if (!placeholder) {
          const n = (state.next.get(d.type) ?? 0) + 1;
          state.next.set(d.type, n);
          placeholder = `[${d.type}_${n}]`;
          state.placeholders.set(key, placeholder);
        }
        return placeholder;
      });
    }
    return out;
  }
}

/** Compiles a project's settings; throws RedactionConfigError for a rule that cannot be used. */
export function createRedactor(settings: RedactionSettings): Redactor {
  return new Redactor(settings);
}
