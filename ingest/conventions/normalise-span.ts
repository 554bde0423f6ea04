// Pipeline stage "understand": a decoded span becomes its LLM facts. Each fact is taken from the first convention
// that has it, in the precedence of docs otel-conventions.md section 2: project override (attribution keys,
// hallucination key) > OTel GenAI current > OpenInference > OpenLLMetry > Vercel AI SDK > langfuse.* > legacy GenAI.
// Readers are asked lazily, fact by fact, so a lower convention's attributes are only parsed when every higher one
// lacks the fact. Unknown attributes are ignored and malformed values are not facts: nothing here throws.
import type { OtlpSpan } from '@/ingest/otlp/types';
import { environmentOf, projectKeyValue, releaseOf } from './attribution';
import { errorOf } from './errors';
import { isHallucination } from './evaluation';
import { genaiCurrent } from './genai-current';
import { genaiLegacy } from './genai-legacy';
import { langfuse } from './langfuse';
import { finishReasonsOf, toolCallsOf } from './messages';
import { openinference } from './openinference';
import { openllmetry } from './openllmetry';
import { inferProvider } from './provider';
import type { ConventionId, ConventionReader, Facts } from './reader';
import { SpanView } from './span-view';
import { isAggregateUsage } from './span-type';
import type { Attribution, NormalisedSpan, NormaliseSettings, Usage } from './types';
import { USAGE_KINDS } from './usage';
import { vercelAi } from './vercel-ai';

const CALL_TYPES: ReadonlySet<string> = new Set(['llm', 'embedding', 'rerank']);

/** In precedence order; langfuse.* ranks after the AI SDK and before legacy GenAI. */
const READERS: readonly ConventionReader[] = [genaiCurrent, openinference, openllmetry, vercelAi, langfuse, genaiLegacy];

/**
 * Keys tried before any convention's own. They cover what the demo generator and common SDKs emit; a project
 * replaces them in its settings (drizzle/schema/project-settings.ts).
 */
export const DEFAULT_NORMALISE_SETTINGS: NormaliseSettings = {
  tenantKeys: [
    'tenant.id',
    'app.tenant.id',
    'tenant_id',
    'tenantId',
    'traceloop.association.properties.customer_id',
    'traceloop.association.properties.tenant_id',
    'ai.telemetry.metadata.tenantId',
    'ai.telemetry.metadata.tenant_id',
    'langfuse.trace.metadata.tenant_id',
    'langfuse.trace.metadata.tenantId',
    'langfuse.observation.metadata.tenant_id',
  ],
  featureKeys: [
    'feature',
    'app.feature',
    'feature.name',
    'traceloop.association.properties.feature',
    'ai.telemetry.metadata.feature',
    'langfuse.trace.metadata.feature',
  ],
  userKeys: [
    'user.id',
    'enduser.id',
    'app.user.id',
    'user_id',
    'traceloop.association.properties.user_id',
    'ai.telemetry.metadata.userId',
    'ai.telemetry.metadata.user_id',
    'langfuse.user.id',
  ],
  sessionKeys: [
    'session.id',
    'gen_ai.conversation.id',
    'app.session.id',
    'session_id',
    'traceloop.association.properties.session_id',
    'ai.telemetry.metadata.sessionId',
    'ai.telemetry.metadata.session_id',
    'langfuse.session.id',
  ],
};

/** Asks the readers fact by fact and remembers which of them answered (NormalisedSpan.conventions). */
class Merge {
  private credited = 0;

  constructor(private readonly view: SpanView) {}

  first<K extends keyof Facts>(fact: K): Facts[K] | undefined {
    for (let i = 0; i < READERS.length; i++) {
      const reader = READERS[i] as ConventionReader;
      if (!this.view.has(reader.families)) continue;
      const read = reader.read[fact];
      if (read === undefined) continue;
      const value = read(this.view);
      if (value !== undefined) {
        this.credited |= 1 << i;
        return value;
      }
    }
    return undefined;
  }

  /**
   * Kind by kind: a higher convention's input count stands, and a cache or reasoning count it lacks comes from the
   * next one that has it (the AI SDK writes gen_ai.usage.input_tokens but its cache count only as ai.usage.*).
   * Every reader already converted to the GenAI meaning, so the kinds fit together.
   */
  usage(): Usage {
    const usage: Usage = {};
    let missing = USAGE_KINDS.length;
    for (let i = 0; i < READERS.length && missing > 0; i++) {
      const reader = READERS[i] as ConventionReader;
      if (!this.view.has(reader.families) || reader.read.usage === undefined) continue;
      const found = reader.read.usage(this.view);
      if (found === undefined) continue;
      for (const kind of USAGE_KINDS) {
        const n = found[kind];
        if (n === undefined || usage[kind] !== undefined) continue;
        usage[kind] = n;
        missing--;
        this.credited |= 1 << i;
      }
    }
    return usage;
  }

  /** Parameters are a union: the AI SDK's maxRetries complements the temperature its gen_ai.request.* carries. */
  invocationParameters(): Record<string, string> {
    let params: Record<string, string> | undefined;
    for (let i = READERS.length - 1; i >= 0; i--) {
      const reader = READERS[i] as ConventionReader;
      if (!this.view.has(reader.families) || reader.read.invocationParameters === undefined) continue;
      const found = reader.read.invocationParameters(this.view);
      if (found === undefined) continue;
      // Lower conventions are applied first, so a higher one overwrites the names they share.
      params = { ...params, ...found };
      this.credited |= 1 << i;
    }
    return params ?? {};
  }

  conventions(): ConventionId[] {
    const ids: ConventionId[] = [];
    for (let i = 0; i < READERS.length; i++) if ((this.credited & (1 << i)) !== 0) ids.push((READERS[i] as ConventionReader).id);
    return ids;
  }
}

function attributionOf(view: SpanView, merge: Merge): Attribution {
  const out: { -readonly [K in keyof Attribution]: Attribution[K] } = {};
  const tenantId = projectKeyValue(view, 'tenantId') ?? merge.first('tenantId');
  const feature = projectKeyValue(view, 'feature') ?? merge.first('feature');
  const userId = projectKeyValue(view, 'userId') ?? merge.first('userId');
  const sessionId = projectKeyValue(view, 'sessionId') ?? merge.first('sessionId');
  const environment = environmentOf(view) ?? merge.first('environment');
  const release = releaseOf(view) ?? merge.first('release');
  if (tenantId !== undefined) out.tenantId = tenantId;
  if (feature !== undefined) out.feature = feature;
  if (userId !== undefined) out.userId = userId;
  if (sessionId !== undefined) out.sessionId = sessionId;
  if (environment !== undefined) out.environment = environment;
  if (release !== undefined) out.release = release;
  return out;
}

export function normaliseSpan(span: OtlpSpan, settings: NormaliseSettings): NormalisedSpan {
  const view = new SpanView(span, settings);
  const merge = new Merge(view);
  const type = merge.first('spanType') ?? 'span';
  const requestModel = merge.first('requestModel');
  const responseModel = merge.first('responseModel');
  const usage = merge.usage();
  const model = responseModel ?? requestModel;
  // Guessing is for model calls only: an agent or chain that names no provider has none to price.
  const provider = merge.first('provider') ?? (CALL_TYPES.has(type) ? inferProvider(model, span.scope.name) : undefined);
  const output = merge.first('output') ?? [];
  const scores = merge.first('scores') ?? [];
  const error = errorOf(view);
  const errorMessage = error.errorMessage ?? merge.first('errorMessage');
  const timeToFirstTokenMs = merge.first('timeToFirstTokenMs');
  const retrievalQuery = merge.first('retrievalQuery');
  const providedCost = merge.first('providedCost');
  const hasUsage = Object.keys(usage).length > 0;

  const normalised: { -readonly [K in keyof NormalisedSpan]: NormalisedSpan[K] } = {
    type,
    usage,
    finishReasons: merge.first('finishReasons') ?? finishReasonsOf(output) ?? [],
    input: merge.first('input') ?? [],
    output,
    toolCalls: merge.first('toolCalls') ?? toolCallsOf(output) ?? [],
    retrievalDocuments: merge.first('retrievalDocuments') ?? [],
    invocationParameters: merge.invocationParameters(),
    scores,
    hallucination: isHallucination(view, scores),
    attribution: attributionOf(view, merge),
    conventions: [],
  };
  if (provider !== undefined) normalised.provider = provider;
  if (requestModel !== undefined) normalised.requestModel = requestModel;
  if (responseModel !== undefined) normalised.responseModel = responseModel;
  if (hasUsage && isAggregateUsage(type, view.str('gen_ai.operation.name'), span.kind)) normalised.usageIsAggregate = true;
  if (timeToFirstTokenMs !== undefined) normalised.timeToFirstTokenMs = timeToFirstTokenMs;
  if (retrievalQuery !== undefined) normalised.retrievalQuery = retrievalQuery;
  if (error.errorType !== undefined) normalised.errorType = error.errorType;
  if (errorMessage !== undefined) normalised.errorMessage = errorMessage;
  if (providedCost !== undefined) normalised.providedCost = providedCost;
  normalised.conventions = merge.conventions();
  return normalised;
}
