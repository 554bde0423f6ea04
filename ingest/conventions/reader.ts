// The contract between normalise-span.ts and the convention modules. A module answers per fact, and only when
// asked: normalise-span.ts asks the modules in precedence order and stops at the first answer, so a fact a higher
// convention already gave (messages, above all) is never parsed again from a lower one.
import type { SpanView } from './span-view';
import type { EvaluationScore, Message, ProvidedCost, RetrievalDocument, SpanType, ToolCall, Usage } from './types';

/** Names in NormalisedSpan.conventions, in precedence order. */
export type ConventionId = 'genai' | 'openinference' | 'openllmetry' | 'vercel-ai' | 'langfuse' | 'genai-legacy';

/** Every fact a convention can know. An answer of undefined (never an empty list) means "not here, ask the next". */
export interface Facts {
  spanType: SpanType;
  provider: string;
  requestModel: string;
  responseModel: string;
  /** In the GenAI meaning: input includes cached tokens, output includes reasoning tokens. */
  usage: Usage;
  timeToFirstTokenMs: number;
  finishReasons: readonly string[];
  input: readonly Message[];
  output: readonly Message[];
  toolCalls: readonly ToolCall[];
  retrievalQuery: string;
  retrievalDocuments: readonly RetrievalDocument[];
  invocationParameters: Readonly<Record<string, string>>;
  providedCost: ProvidedCost;
  scores: readonly EvaluationScore[];
  errorMessage: string;
  tenantId: string;
  feature: string;
  userId: string;
  sessionId: string;
  environment: string;
  release: string;
}

export type FactReaders = { readonly [K in keyof Facts]?: (view: SpanView) => Facts[K] | undefined };

export interface ConventionReader {
  readonly id: ConventionId;
  /** FAMILY bits: the reader is only asked when the span carries one of them. */
  readonly families: number;
  readonly read: FactReaders;
}
