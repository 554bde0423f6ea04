// Span types from each convention's own vocabulary, and which spans only repeat their children's usage.
import type { SpanType } from './types';

const GENAI_OPERATIONS: Readonly<Record<string, SpanType>> = {
  chat: 'llm',
  text_completion: 'llm',
  generate_content: 'llm',
  embeddings: 'embedding',
  retrieval: 'retrieval',
  rerank: 'rerank',
  execute_tool: 'tool',
  invoke_agent: 'agent',
  create_agent: 'agent',
  invoke_workflow: 'chain',
};

const OPENINFERENCE_KINDS: Readonly<Record<string, SpanType>> = {
  LLM: 'llm',
  EMBEDDING: 'embedding',
  CHAIN: 'chain',
  RETRIEVER: 'retrieval',
  RERANKER: 'rerank',
  TOOL: 'tool',
  AGENT: 'agent',
  GUARDRAIL: 'guardrail',
  EVALUATOR: 'evaluator',
  // Rendering a prompt template is a step of the pipeline around the model, not a call.
  PROMPT: 'chain',
};

const TRACELOOP_REQUEST_TYPES: Readonly<Record<string, SpanType>> = {
  chat: 'llm',
  completion: 'llm',
  embedding: 'embedding',
  rerank: 'rerank',
};

const TRACELOOP_SPAN_KINDS: Readonly<Record<string, SpanType>> = {
  workflow: 'chain',
  task: 'chain',
  agent: 'agent',
  tool: 'tool',
};

/**
 * AI SDK operation ids. The outer `ai.generateText` / `ai.streamText` / `ai.embed` spans wrap the call(s) that did
 * the work (`.doGenerate`, `.doStream`, `.doEmbed`, one per round trip) and repeat their usage summed: a chain.
 */
const VERCEL_OPERATIONS: Readonly<Record<string, SpanType>> = {
  'ai.generateText.doGenerate': 'llm',
  'ai.streamText.doStream': 'llm',
  'ai.generateObject.doGenerate': 'llm',
  'ai.streamObject.doStream': 'llm',
  'ai.embed.doEmbed': 'embedding',
  'ai.embedMany.doEmbed': 'embedding',
  'ai.rerank.doRerank': 'rerank',
  'ai.toolCall': 'tool',
  'ai.generateText': 'chain',
  'ai.streamText': 'chain',
  'ai.generateObject': 'chain',
  'ai.streamObject': 'chain',
  'ai.embed': 'chain',
  'ai.embedMany': 'chain',
  'ai.rerank': 'chain',
};

// Langfuse's generic `span` and `event` observations say nothing; they are left to other conventions.
const LANGFUSE_OBSERVATIONS: Readonly<Record<string, SpanType>> = {
  generation: 'llm',
  embedding: 'embedding',
  retriever: 'retrieval',
  tool: 'tool',
  agent: 'agent',
  chain: 'chain',
  evaluator: 'evaluator',
  guardrail: 'guardrail',
};

function lookup(table: Readonly<Record<string, SpanType>>, key: string | undefined): SpanType | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

export const typeFromGenAiOperation = (operation: string | undefined) => lookup(GENAI_OPERATIONS, operation);
export const typeFromOpenInferenceKind = (kind: string | undefined) => lookup(OPENINFERENCE_KINDS, kind?.toUpperCase());
export const typeFromTraceloopRequest = (requestType: string | undefined) => lookup(TRACELOOP_REQUEST_TYPES, requestType);
export const typeFromTraceloopKind = (kind: string | undefined) => lookup(TRACELOOP_SPAN_KINDS, kind);
export const typeFromVercelOperation = (operation: string | undefined) => lookup(VERCEL_OPERATIONS, operation);
export const typeFromLangfuseObservation = (type: string | undefined) => lookup(LANGFUSE_OBSERVATIONS, type?.toLowerCase());

/** GenAI span names are "{operation} {model}": legacy emitters that set no operation attribute still name spans so. */
export function typeFromGenAiSpanName(name: string): SpanType | undefined {
  const space = name.indexOf(' ');
  return typeFromGenAiOperation(space === -1 ? name : name.slice(0, space));
}

/**
 * Whether a span's usage only repeats what its children report. Agents, workflows and SDK wrapper calls add up
 * the model calls below them; billing them too would count every token twice. The exception is a remote agent
 * (GenAI `invoke_agent` with span kind CLIENT: Bedrock Agents, OpenAI Assistants): the service runs the model
 * itself, no model span exists below it, and its usage is the call's own.
 */
export function isAggregateUsage(type: SpanType, operation: string | undefined, spanKind: number): boolean {
  if (type !== 'agent' && type !== 'chain') return false;
  const CLIENT = 3;
  return !(operation === 'invoke_agent' && spanKind === CLIENT);
}
