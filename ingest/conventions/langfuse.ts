// The langfuse.* namespace (Langfuse's OpenTelemetry SDKs), so applications moving from Langfuse keep their data:
// observation type / model / usage_details / cost_details / input / output, trace user, session, environment, release.
// Langfuse's usage_details count `input` without cached tokens; here `input` includes them, as in OTel GenAI.
import type { OtlpSpan } from '@/ingest/otlp/types';
import { defined, usageOf, type ConventionFacts } from './facts';
import { messagesFromText, toolCallsOf } from './messages';
import { canonicalProvider } from './provider';
import { asNumber, asString, isRecord, parseJson, str } from './read-attributes';
import { documentsFromJson } from './retrieval';
import { langfuseObservationType } from './span-type';

function numberAt(o: Record<string, unknown>, keys: readonly string[]): number | undefined {
  for (const k of keys) {
    const n = asNumber(o[k]);
    if (n !== undefined) return n;
  }
  return undefined;
}

export function readLangfuse(span: OtlpSpan): ConventionFacts | undefined {
  const a = span.attributes;
  const observationType = str(a, 'langfuse.observation.type');
  if (!observationType && a['langfuse.trace.name'] === undefined && a['langfuse.user.id'] === undefined) return undefined;
  const type = langfuseObservationType(observationType);
  const details = parseJson(str(a, 'langfuse.observation.usage_details'));
  let usage;
  if (isRecord(details)) {
    const cacheRead = numberAt(details, ['cache_read_input_tokens', 'input_cached_tokens', 'cache_read']) ?? 0;
    const cacheWrite = numberAt(details, ['cache_creation_input_tokens', 'cache_write']) ?? 0;
    const input = numberAt(details, ['input', 'prompt_tokens', 'input_tokens']);
    usage = usageOf({
      input: input === undefined ? undefined : input + cacheRead + cacheWrite,
      output: numberAt(details, ['output', 'completion_tokens', 'output_tokens']),
      cache_read: cacheRead || undefined,
      cache_write: cacheWrite || undefined,
      reasoning: numberAt(details, ['output_reasoning_tokens', 'reasoning_tokens', 'reasoning']),
      total: numberAt(details, ['total', 'total_tokens']),
    });
  }
  const costs = parseJson(str(a, 'langfuse.observation.cost_details'));
  const providedCost = isRecord(costs)
    ? defined({ total: asString(costs.total), input: asString(costs.input), output: asString(costs.output) })
    : undefined;
  const rawInput = str(a, 'langfuse.observation.input');
  const rawOutput = str(a, 'langfuse.observation.output');
  const isCall = type === 'llm' || type === 'embedding';
  const input = isCall ? messagesFromText(rawInput) : [];
  const output = isCall ? messagesFromText(rawOutput, 'assistant') : [];
  const params = parseJson(str(a, 'langfuse.observation.model.parameters'));
  const invocationParameters: Record<string, string> = {};
  if (isRecord(params)) for (const [k, v] of Object.entries(params)) invocationParameters[k] = asString(v) ?? JSON.stringify(v);
  const completionStart = str(a, 'langfuse.observation.completion_start_time');
  const startMs = Number(span.startTimeUnixNano / 1_000_000n);
  const completionMs = completionStart ? Date.parse(completionStart.replace(/^"|"$/g, '')) : Number.NaN;
  const query = type === 'retrieval' ? parseJson(rawInput) : undefined;
  const calls = toolCallsOf(output);
  return defined<ConventionFacts>({
    type,
    provider: canonicalProvider(str(a, 'langfuse.observation.metadata.provider')),
    requestModel: str(a, 'langfuse.observation.model.name'),
    usage,
    usageIsAggregate: type === 'chain' || type === 'agent' ? true : undefined,
    providedCost: providedCost && Object.keys(providedCost).length > 0 ? providedCost : undefined,
    timeToFirstTokenMs: Number.isFinite(completionMs) && completionMs >= startMs ? completionMs - startMs : undefined,
    input: input.length > 0 ? input : undefined,
    output: output.length > 0 ? output : undefined,
    toolCalls: calls.length > 0 ? calls : undefined,
    retrievalQuery: isRecord(query) ? asString(query.query) : type === 'retrieval' ? rawInput : undefined,
    retrievalDocuments: type === 'retrieval' ? documentsFromJson(rawOutput) : undefined,
    invocationParameters: Object.keys(invocationParameters).length > 0 ? invocationParameters : undefined,
    attribution: defined({
      userId: str(a, 'langfuse.user.id'),
      sessionId: str(a, 'langfuse.session.id'),
      environment: str(a, 'langfuse.environment'),
      release: str(a, 'langfuse.release'),
    }),
  });
}
