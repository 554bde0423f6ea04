// A span as the convention readers see it: one pass over its attribute keys and event names records which
// conventions left anything on it (so absent conventions cost nothing) and collects the dynamic key groups
// (request parameters, AI SDK settings) that would otherwise need a scan per reader. Parsed JSON is memoised, so a
// value several facts need (a metadata object, a usage map) is parsed once, and only when a fact asks for it.
import type { Attributes, OtlpEvent, OtlpSpan } from '@/ingest/otlp/types';
import type { NormaliseSettings } from './types';
import { parseJson, readCount, readNumber, readString } from './values';

/** Convention families, as bit flags. */
export const FAMILY = {
  genai: 1,
  openinference: 2,
  openllmetry: 4,
  vercelAi: 8,
  langfuse: 16,
} as const;

/** Event kinds worth knowing about before walking the events, as bit flags. */
export const EVENT = {
  exception: 1,
  evaluation: 2,
  /** Log-style GenAI message events (gen_ai.user.message, gen_ai.choice, gen_ai.content.prompt, ...). */
  genaiMessage: 4,
  firstChunk: 8,
  queryResult: 16,
} as const;

const REQUEST_PARAM_PREFIX = 'gen_ai.request.';
const AI_SETTINGS_PREFIX = 'ai.settings.';

/** `llm.*` keys that belong to OpenLLMetry; every other `llm.*` key is OpenInference's. */
const OPENLLMETRY_LLM_PREFIXES = [
  'llm.request.', 'llm.usage.', 'llm.is_streaming', 'llm.frequency_penalty', 'llm.presence_penalty', 'llm.top_k',
  'llm.chat.', 'llm.headers', 'llm.user', 'llm.response.',
];

function llmFamily(key: string): number {
  for (const prefix of OPENLLMETRY_LLM_PREFIXES) if (key.startsWith(prefix)) return FAMILY.openllmetry;
  return FAMILY.openinference;
}

/** The family a key belongs to, decided on its first character so that most keys cost one comparison. */
function familyOfKey(key: string): number {
  switch (key.charCodeAt(0)) {
    case 97: // a
      if (key.startsWith('ai.')) return FAMILY.vercelAi;
      return key.startsWith('annotations.') || key === 'agent.name' ? FAMILY.openinference : 0;
    case 100: // d
      return key.startsWith('db.vector.') ? FAMILY.openllmetry : 0;
    case 101: // e
      return key.startsWith('embedding.') || key.startsWith('evaluations.') ? FAMILY.openinference : 0;
    case 103: // g
      if (key.startsWith('gen_ai.')) return FAMILY.genai;
      return key.startsWith('graph.node.') ? FAMILY.openinference : 0;
    case 105: // i
      return key.startsWith('input.') ? FAMILY.openinference : 0;
    case 108: // l
      if (key.startsWith('llm.')) return llmFamily(key);
      return key.startsWith('langfuse.') ? FAMILY.langfuse : 0;
    case 109: // m
      return key === 'metadata' ? FAMILY.openinference : 0;
    case 111: // o
      return key.startsWith('openinference.') || key.startsWith('output.') ? FAMILY.openinference : 0;
    case 114: // r
      return key.startsWith('retrieval.') || key.startsWith('reranker.') ? FAMILY.openinference : 0;
    case 116: // t
      if (key.startsWith('traceloop.')) return FAMILY.openllmetry;
      return key.startsWith('tool.') || key.startsWith('tool_call.') ? FAMILY.openinference : 0;
    default:
      return 0;
  }
}

function eventKind(name: string): number {
  if (name === 'exception') return EVENT.exception;
  if (name === 'gen_ai.evaluation.result') return EVENT.evaluation;
  if (name.startsWith('gen_ai.')) return EVENT.genaiMessage;
  if (name === 'ai.stream.firstChunk') return EVENT.firstChunk;
  if (name === 'db.query.result') return EVENT.queryResult;
  return 0;
}

export class SpanView {
  readonly attrs: Attributes;
  readonly families: number;
  readonly eventKinds: number;
  /** `gen_ai.request.*` keys other than the model, in attribute order. */
  readonly requestParamKeys: readonly string[];
  /** `ai.settings.*` keys. */
  readonly aiSettingsKeys: readonly string[];
  private parsed: Map<string, unknown> | undefined;

  constructor(
    readonly span: OtlpSpan,
    readonly settings: NormaliseSettings,
  ) {
    this.attrs = span.attributes;
    let families = 0;
    let requestParamKeys: string[] | undefined;
    let aiSettingsKeys: string[] | undefined;
    for (const key in this.attrs) {
      const family = familyOfKey(key);
      families |= family;
      if (family === FAMILY.genai && key.startsWith(REQUEST_PARAM_PREFIX) && key !== 'gen_ai.request.model') {
        (requestParamKeys ??= []).push(key);
      } else if (family === FAMILY.vercelAi && key.startsWith(AI_SETTINGS_PREFIX)) {
        (aiSettingsKeys ??= []).push(key);
      }
    }
    let eventKinds = 0;
    for (const event of span.events) eventKinds |= eventKind(event.name);
    // GenAI events (evaluations, log-style messages) make a span GenAI even without gen_ai.* attributes.
    if ((eventKinds & (EVENT.evaluation | EVENT.genaiMessage)) !== 0) families |= FAMILY.genai;
    this.families = families;
    this.eventKinds = eventKinds;
    this.requestParamKeys = requestParamKeys ?? [];
    this.aiSettingsKeys = aiSettingsKeys ?? [];
  }

  has(family: number): boolean {
    return (this.families & family) !== 0;
  }

  hasEvent(kind: number): boolean {
    return (this.eventKinds & kind) !== 0;
  }

  str(key: string): string | undefined {
    return readString(this.attrs, key);
  }

  num(key: string): number | undefined {
    return readNumber(this.attrs, key);
  }

  count(key: string): number | undefined {
    return readCount(this.attrs, key);
  }

  /** The attribute's JSON value, parsed at most once per span; undefined when absent or malformed. */
  json(key: string): unknown {
    const cache = (this.parsed ??= new Map());
    if (cache.has(key)) return cache.get(key);
    const value = parseJson(this.str(key));
    cache.set(key, value);
    return value;
  }

  firstEvent(name: string): OtlpEvent | undefined {
    for (const event of this.span.events) if (event.name === name) return event;
    return undefined;
  }

  /** Milliseconds from the span's start to a point in time given in epoch nanoseconds. */
  msSinceStart(timeUnixNano: bigint): number | undefined {
    if (this.span.startTimeUnixNano === 0n || timeUnixNano < this.span.startTimeUnixNano) return undefined;
    return Number(timeUnixNano - this.span.startTimeUnixNano) / 1e6;
  }
}
