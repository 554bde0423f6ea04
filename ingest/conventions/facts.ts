// What one convention module reads from a span: any subset of the normalised facts. normalise-span.ts merges the
// modules' answers fact by fact, in precedence order.
import type { Attribution, Message, ProvidedCost, RetrievalDocument, SpanType, ToolCall, Usage } from './types';

export interface ConventionFacts {
  type?: SpanType;
  provider?: string;
  requestModel?: string;
  responseModel?: string;
  usage?: Usage;
  timeToFirstTokenMs?: number;
  finishReasons?: string[];
  input?: Message[];
  output?: Message[];
  toolCalls?: ToolCall[];
  retrievalQuery?: string;
  retrievalDocuments?: RetrievalDocument[];
  invocationParameters?: Record<string, string>;
  providedCost?: ProvidedCost;
  /** The span repeats usage its children already report (an SDK's outer call, a workflow). */
  usageIsAggregate?: boolean;
  attribution?: Attribution;
}

/** Drops undefined entries so that "absent" never overrides "present" when merging. */
export function defined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(o) as (keyof T)[]) if (o[key] !== undefined) out[key] = o[key];
  return out;
}

export function usageOf(u: Usage): Usage | undefined {
  const d = defined(u);
  return Object.keys(d).length > 0 ? d : undefined;
}
