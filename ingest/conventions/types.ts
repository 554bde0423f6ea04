// What a span is, once understood: the facts every convention module extracts into one shape. Conventions fill
// `Partial<NormalisedFacts>`; normalise-span.ts merges them by precedence into a NormalisedSpan.

export type SpanType =
  | 'llm'
  | 'embedding'
  | 'retrieval'
  | 'rerank'
  | 'tool'
  | 'agent'
  | 'chain'
  | 'guardrail'
  | 'evaluator'
  | 'span';

/** Token counts by kind. `input` includes cached tokens (the OTel GenAI meaning); `total` as reported, if at all. */
export type UsageKind = 'input' | 'output' | 'cache_read' | 'cache_write' | 'reasoning' | 'total';
export type Usage = Partial<Record<UsageKind, number>>;

export type MessagePart =
  | { readonly type: 'text'; readonly content: string }
  | { readonly type: 'tool_call'; readonly id?: string; readonly name: string; readonly arguments?: string }
  | { readonly type: 'tool_result'; readonly id?: string; readonly result: string }
  | { readonly type: 'file'; readonly uri?: string; readonly mimeType?: string }
  | { readonly type: 'image'; readonly uri?: string; readonly mimeType?: string }
  | { readonly type: 'reasoning'; readonly content: string };

export interface Message {
  readonly role: string;
  readonly parts: readonly MessagePart[];
  readonly finishReason?: string;
}

export interface ToolCall {
  readonly id?: string;
  readonly name: string;
  readonly arguments?: string;
  readonly result?: string;
}

export interface RetrievalDocument {
  readonly id?: string;
  readonly score?: number;
  readonly content?: string;
  /** JSON text as sent. */
  readonly metadata?: string;
}

export interface EvaluationScore {
  readonly name: string;
  readonly value?: number;
  readonly label?: string;
  readonly explanation?: string;
}

/** Cost an emitter reported itself, USD as decimal strings exactly as sent. */
export interface ProvidedCost {
  readonly total?: string;
  readonly input?: string;
  readonly output?: string;
}

export interface Attribution {
  readonly tenantId?: string;
  readonly feature?: string;
  readonly userId?: string;
  readonly sessionId?: string;
  readonly environment?: string;
  readonly release?: string;
}

export interface NormalisedSpan {
  readonly type: SpanType;
  /** Canonical provider name: openai, anthropic, aws.bedrock, gcp.vertex_ai, azure.ai.openai, mistral_ai, ... */
  readonly provider?: string;
  readonly requestModel?: string;
  readonly responseModel?: string;
  readonly usage: Usage;
  /** The span repeats usage its children report (an SDK's outer call, an agent, a workflow): never billed again. */
  readonly usageIsAggregate?: boolean;
  readonly timeToFirstTokenMs?: number;
  readonly finishReasons: readonly string[];
  readonly input: readonly Message[];
  readonly output: readonly Message[];
  readonly toolCalls: readonly ToolCall[];
  readonly retrievalQuery?: string;
  readonly retrievalDocuments: readonly RetrievalDocument[];
  /** Request parameters (temperature, max_tokens, ...), values as JSON text or strings as sent. */
  readonly invocationParameters: Readonly<Record<string, string>>;
  readonly errorType?: string;
  readonly errorMessage?: string;
  readonly scores: readonly EvaluationScore[];
  readonly hallucination: boolean;
  readonly providedCost?: ProvidedCost;
  readonly attribution: Attribution;
  /** Which conventions contributed, in precedence order (e.g. ["genai", "openllmetry"]). */
  readonly conventions: readonly string[];
}

/** Per-project choices that change how spans are read (settings in Postgres; defaults in project-settings.ts). */
export interface NormaliseSettings {
  /** Attribute keys (span, then resource attributes) that carry each attribution fact, tried before the conventions' own. */
  readonly tenantKeys: readonly string[];
  readonly featureKeys: readonly string[];
  readonly userKeys: readonly string[];
  readonly sessionKeys: readonly string[];
  /** An attribute whose truthy value ("true", "1", "yes", "hallucinated") flags a hallucination. */
  readonly hallucinationKey?: string;
}
