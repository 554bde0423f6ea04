// Pipeline stage "understand": every convention module reads the span, and each fact is taken from the first module
// that has it, in the precedence of the conventions doc: project override (attribution keys) > OTel GenAI current >
// OpenInference > OpenLLMetry > Vercel AI SDK > langfuse.* > legacy GenAI. Unknown attributes are simply kept on
// the row; nothing here throws or drops a span.
import type { OtlpSpan } from '@/ingest/otlp/types';
import { DEFAULT_ATTRIBUTION_KEYS, readAttribution } from './attribution';
import { isHallucination, readScores } from './evaluation';
import type { ConventionFacts } from './facts';
import { readGenAiCurrent } from './genai-current';
import { readGenAiLegacy } from './genai-legacy';
import { readLangfuse } from './langfuse';
import { readOpenInference } from './openinference';
import { readOpenLlmetry } from './openllmetry';
import { inferProvider } from './provider';
import { typeFromNameOrModel } from './span-type';
import type { Attribution, NormalisedSpan, NormaliseSettings, Usage, UsageKind } from './types';
import { readVercelAi } from './vercel-ai';

export const DEFAULT_NORMALISE_SETTINGS: NormaliseSettings = {
  tenantKeys: DEFAULT_ATTRIBUTION_KEYS.tenantKeys,
  featureKeys: DEFAULT_ATTRIBUTION_KEYS.featureKeys,
  userKeys: DEFAULT_ATTRIBUTION_KEYS.userKeys,
  sessionKeys: DEFAULT_ATTRIBUTION_KEYS.sessionKeys,
};

const READERS: readonly (readonly [string, (span: OtlpSpan) => ConventionFacts | undefined])[] = [
  ['genai', readGenAiCurrent],
  ['openinference', readOpenInference],
  ['openllmetry', readOpenLlmetry],
  ['vercel-ai', readVercelAi],
  ['langfuse', readLangfuse],
  ['genai-legacy', readGenAiLegacy],
];

const USAGE_KINDS: readonly UsageKind[] = ['input', 'output', 'cache_read', 'cache_write', 'reasoning', 'total'];

function first<K extends keyof ConventionFacts>(found: readonly ConventionFacts[], key: K): ConventionFacts[K] {
  for (const f of found) if (f[key] !== undefined) return f[key];
  return undefined;
}

function mergeUsage(found: readonly ConventionFacts[]): Usage {
  const usage: { [K in UsageKind]?: number } = {};
  for (const kind of USAGE_KINDS) {
    for (const f of found) {
      const v = f.usage?.[kind];
      if (v !== undefined) {
        usage[kind] = v;
        break;
      }
    }
  }
  return usage;
}

function mergeAttribution(found: readonly ConventionFacts[]): Attribution {
  const keys = ['tenantId', 'feature', 'userId', 'sessionId', 'environment', 'release'] as const;
  const out: { -readonly [K in keyof Attribution]: Attribution[K] } = {};
  for (const key of keys) {
    for (const f of found) {
      const v = f.attribution?.[key];
      if (v) {
        out[key] = v;
        break;
      }
    }
  }
  return out;
}

function errorOf(span: OtlpSpan): { errorType?: string; errorMessage?: string } {
  const exception = span.events.find((e) => e.name === 'exception');
  const errorType = span.attributes['error.type'] || exception?.attributes['exception.type'] || undefined;
  if (span.statusCode !== 2 && !errorType) return {};
  const errorMessage = span.statusMessage || exception?.attributes['exception.message'] || undefined;
  return { ...(errorType && { errorType }), ...(errorMessage && { errorMessage }) };
}

export function normaliseSpan(span: OtlpSpan, settings: NormaliseSettings): NormalisedSpan {
  const found: ConventionFacts[] = [];
  const conventions: string[] = [];
  for (const [name, read] of READERS) {
    const facts = read(span);
    if (facts && Object.keys(facts).length > 0) {
      found.push(facts);
      conventions.push(name);
    }
  }
  const usage = mergeUsage(found);
  const requestModel = first(found, 'requestModel');
  const responseModel = first(found, 'responseModel');
  const hasUsage = usage.input !== undefined || usage.output !== undefined;
  const model = responseModel ?? requestModel;
  const type = first(found, 'type') ?? (hasUsage && model ? (typeFromNameOrModel(span.name, model) ?? 'llm') : 'span');
  const scores = readScores(span);
  const isCall = type === 'llm' || type === 'embedding' || type === 'rerank';
  const provider = first(found, 'provider') ?? (isCall ? inferProvider(model, span.scope.name) : undefined);
  const ttft = first(found, 'timeToFirstTokenMs');
  const retrievalQuery = first(found, 'retrievalQuery');
  const providedCost = first(found, 'providedCost');
  return {
    type,
    ...(provider !== undefined && { provider }),
    ...(requestModel !== undefined && { requestModel }),
    ...(responseModel !== undefined && { responseModel }),
    usage,
    usageIsAggregate: found.some((f) => f.usageIsAggregate === true),
    ...(ttft !== undefined && { timeToFirstTokenMs: ttft }),
    finishReasons: first(found, 'finishReasons') ?? [],
    input: first(found, 'input') ?? [],
    output: first(found, 'output') ?? [],
    toolCalls: first(found, 'toolCalls') ?? [],
    ...(retrievalQuery !== undefined && { retrievalQuery }),
    retrievalDocuments: first(found, 'retrievalDocuments') ?? [],
    invocationParameters: first(found, 'invocationParameters') ?? {},
    ...errorOf(span),
    scores,
    hallucination: isHallucination(span, scores, settings.hallucinationKey),
    ...(providedCost !== undefined && { providedCost }),
    attribution: readAttribution(span, settings, mergeAttribution(found)),
    conventions,
  };
}
