// The langfuse.* namespace of Langfuse's OpenTelemetry SDKs: every span is an observation
// (langfuse.observation.type: generation, embedding, span, chain, agent, tool, retriever, evaluator, guardrail)
// with input / output, model.name / model.parameters, usage_details / cost_details (JSON maps),
// completion_start_time, level / status_message, metadata; trace-level facts (langfuse.trace.name / metadata /
// input / output, langfuse.user.id, langfuse.session.id, langfuse.environment, langfuse.release, langfuse.version)
// sit on the root. Applications moving from Langfuse keep their data this way.
import { metadataField } from './attribution';
import { flatJsonScalars } from './flat-json';
import { messagesFromText } from './messages';
import { canonicalProvider } from './provider';
import type { ConventionReader } from './reader';
import { documentsFrom } from './retrieval';
import { FAMILY, type SpanView } from './span-view';
import { typeFromLangfuseObservation } from './span-type';
import type { Message, ProvidedCost, ToolCall, Usage } from './types';
import { usageOf } from './usage';
import { asNumber, asString, isRecord, recordAsStrings } from './values';

const OBSERVATION = 'langfuse.observation.';

function observationType(view: SpanView): string | undefined {
  return view.str(`${OBSERVATION}type`)?.toLowerCase();
}

interface Buckets {
  input?: number;
  output?: number;
  total?: number;
  cacheRead: number;
  cacheWrite: number;
  /** Every input_* / cache_*_input_tokens bucket, cache included. */
  inputDetails: number;
  /** Every output_* bucket, reasoning included. */
  outputDetails: number;
  reasoning: number;
  sawCacheRead: boolean;
  sawCacheWrite: boolean;
  sawReasoning: boolean;
}

function isCacheRead(key: string): boolean {
  return key.includes('cache_read') || key.includes('cached');
}

function isCacheWrite(key: string): boolean {
  return key.includes('cache_creation') || key.includes('cache_write');
}

function bucketsOf(details: ReadonlyMap<string, string>): Buckets {
  const b: Buckets = { cacheRead: 0, cacheWrite: 0, inputDetails: 0, outputDetails: 0, reasoning: 0, sawCacheRead: false, sawCacheWrite: false, sawReasoning: false };
  for (const [key, raw] of details) {
    const n = asNumber(raw);
    if (n === undefined || n < 0) continue;
    if (key === 'input') b.input = n;
    else if (key === 'output') b.output = n;
    else if (key === 'total') b.total = n;
    else if (key.startsWith('input_') || (key.startsWith('cache_') && key.endsWith('input_tokens'))) {
      b.inputDetails += n;
      if (isCacheRead(key)) {
        b.cacheRead += n;
        b.sawCacheRead = true;
      } else if (isCacheWrite(key)) {
        b.cacheWrite += n;
        b.sawCacheWrite = true;
      }
    } else if (key.startsWith('output_')) {
      b.outputDetails += n;
      if (key.includes('reasoning')) {
        b.reasoning += n;
        b.sawReasoning = true;
      }
    }
  }
  return b;
}

/**
 * Langfuse usage_details are disjoint buckets: `input` leaves out every `input_*` / `cache_*_input_tokens` bucket
 * (cache reads and writes), `output` leaves out every `output_*` bucket (reasoning), and `total` is their sum. The
 * GenAI meaning counts the details inside input and output, so they are added back; when the reported total shows
 * the emitter already counted them inside (some do), they are not added twice.
 */
function usageFromDetails(details: ReadonlyMap<string, string>): Usage | undefined {
  const b = bucketsOf(details);
  let input = b.input === undefined ? (b.inputDetails > 0 ? b.inputDetails : undefined) : b.input + b.inputDetails;
  let output = b.output === undefined ? (b.outputDetails > 0 ? b.outputDetails : undefined) : b.output + b.outputDetails;
  if (b.total !== undefined && input !== undefined && output !== undefined && b.total !== input + output) {
    const inputIncluded = b.input !== undefined && b.total === b.input + output;
    const outputIncluded = b.output !== undefined && b.total === input + b.output;
    const bothIncluded = b.input !== undefined && b.output !== undefined && b.total === b.input + b.output;
    if (inputIncluded || bothIncluded) input = b.input;
    if (outputIncluded || bothIncluded) output = b.output;
  }
  return usageOf({
    input,
    output,
    cache_read: b.sawCacheRead ? b.cacheRead : undefined,
    cache_write: b.sawCacheWrite ? b.cacheWrite : undefined,
    reasoning: b.sawReasoning ? b.reasoning : undefined,
    total: b.total,
  });
}

/** An OpenAI usage object passed through as is: prompt_tokens include cached tokens there. */
function usageFromOpenAiShape(value: unknown): Usage | undefined {
  if (!isRecord(value)) return undefined;
  const promptDetails = isRecord(value.prompt_tokens_details) ? value.prompt_tokens_details : {};
  const completionDetails = isRecord(value.completion_tokens_details) ? value.completion_tokens_details : {};
  return usageOf({
    input: asNumber(value.prompt_tokens),
    output: asNumber(value.completion_tokens),
    cache_read: asNumber(promptDetails.cached_tokens),
    reasoning: asNumber(completionDetails.reasoning_tokens),
    total: asNumber(value.total_tokens),
  });
}

function usage(view: SpanView): Usage | undefined {
  const text = view.str(`${OBSERVATION}usage_details`);
  if (text === undefined) return undefined;
  const details = flatJsonScalars(text);
  if (details && !details.has('prompt_tokens')) return usageFromDetails(details);
  return usageFromOpenAiShape(view.json(`${OBSERVATION}usage_details`));
}

/** cost_details holds USD per bucket; the decimal text is kept exactly as sent. */
function providedCost(view: SpanView): ProvidedCost | undefined {
  const costs = flatJsonScalars(view.str(`${OBSERVATION}cost_details`));
  if (!costs) return undefined;
  const total = costs.get('total');
  const input = costs.get('input');
  const output = costs.get('output');
  if (total === undefined && input === undefined && output === undefined) return undefined;
  return { ...(total !== undefined && { total }), ...(input !== undefined && { input }), ...(output !== undefined && { output }) };
}

/** completion_start_time is an ISO timestamp, JSON-quoted by the JS SDK. */
function timeToFirstTokenMs(view: SpanView): number | undefined {
  const text = view.str(`${OBSERVATION}completion_start_time`);
  if (text === undefined) return undefined;
  const ms = Date.parse(text.charCodeAt(0) === 34 ? text.slice(1, -1) : text);
  if (!Number.isFinite(ms)) return undefined;
  return view.msSinceStart(BigInt(Math.round(ms)) * 1_000_000n);
}

function input(view: SpanView): Message[] | undefined {
  return messagesFromText(view.str(`${OBSERVATION}input`), 'user') ?? messagesFromText(view.str('langfuse.trace.input'), 'user');
}

function output(view: SpanView): Message[] | undefined {
  return messagesFromText(view.str(`${OBSERVATION}output`), 'assistant') ?? messagesFromText(view.str('langfuse.trace.output'), 'assistant');
}

function toolCalls(view: SpanView): ToolCall[] | undefined {
  if (observationType(view) !== 'tool') return undefined;
  const args = view.str(`${OBSERVATION}input`);
  const result = view.str(`${OBSERVATION}output`);
  return [{ name: view.span.name, ...(args !== undefined && { arguments: args }), ...(result !== undefined && { result }) }];
}

function retrievalQuery(view: SpanView): string | undefined {
  if (observationType(view) !== 'retriever') return undefined;
  const parsed = view.json(`${OBSERVATION}input`);
  if (isRecord(parsed)) return asString(parsed.query) ?? asString(parsed.input);
  return typeof parsed === 'string' ? parsed : view.str(`${OBSERVATION}input`);
}

/** Metadata arrives flattened (`langfuse.trace.metadata.tenant_id`) or as one JSON attribute. */
function metadata(view: SpanView, projectKeys: readonly string[], fields: readonly string[]): string | undefined {
  for (const scope of ['langfuse.trace.metadata', `${OBSERVATION}metadata`]) {
    for (const field of fields) {
      const flat = view.str(`${scope}.${field}`);
      if (flat !== undefined) return flat;
    }
    const found = metadataField(view.json(scope), projectKeys, fields);
    if (found !== undefined) return found;
  }
  return undefined;
}

const TENANT_FIELDS = ['tenant_id', 'tenantId', 'tenant', 'customer_id'];

export const langfuse: ConventionReader = {
  id: 'langfuse',
  families: FAMILY.langfuse,
  read: {
    spanType: (view) => typeFromLangfuseObservation(observationType(view)),
    // Langfuse has no provider attribute; apps (and the Langfuse integrations) put it in the metadata.
    provider: (view) => canonicalProvider(metadata(view, [], ['provider', 'ls_provider'])),
    requestModel: (view) => view.str(`${OBSERVATION}model.name`),
    usage,
    timeToFirstTokenMs,
    input,
    output,
    toolCalls,
    retrievalQuery,
    retrievalDocuments: (view) => (observationType(view) === 'retriever' ? documentsFrom(view.json(`${OBSERVATION}output`)) : undefined),
    invocationParameters: (view) => recordAsStrings(view.json(`${OBSERVATION}model.parameters`)),
    providedCost,
    errorMessage: (view) => (view.str(`${OBSERVATION}level`) === 'ERROR' ? view.str(`${OBSERVATION}status_message`) : undefined),
    tenantId: (view) => metadata(view, view.settings.tenantKeys, TENANT_FIELDS),
    userId: (view) => view.str('langfuse.user.id') ?? view.str('user.id'),
    sessionId: (view) => view.str('langfuse.session.id') ?? view.str('session.id'),
    feature: (view) => view.str('langfuse.trace.name'),
    environment: (view) => view.str('langfuse.environment'),
    release: (view) => view.str('langfuse.release') ?? view.str('langfuse.version'),
  },
};
