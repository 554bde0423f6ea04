// Span types from each convention's own vocabulary.
import type { SpanType } from './types';

const GENAI_OPERATIONS: Readonly<Record<string, SpanType>> = {
  chat: 'llm',
  text_completion: 'llm',
  generate_content: 'llm',
  embeddings: 'embedding',
  retrieval: 'retrieval',
  execute_tool: 'tool',
  invoke_agent: 'agent',
  create_agent: 'agent',
  invoke_workflow: 'chain',
  rerank: 'rerank',
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

const LANGFUSE_TYPES: Readonly<Record<string, SpanType>> = {
  generation: 'llm',
  embedding: 'embedding',
  retriever: 'retrieval',
  tool: 'tool',
  agent: 'agent',
  chain: 'chain',
  evaluator: 'evaluator',
  guardrail: 'guardrail',
  span: 'span',
  event: 'span',
};

export const genaiOperationType = (op: string | undefined): SpanType | undefined => (op ? GENAI_OPERATIONS[op] : undefined);
export const openinferenceKindType = (kind: string | undefined): SpanType | undefined => (kind ? OPENINFERENCE_KINDS[kind.toUpperCase()] : undefined);
export const traceloopRequestType = (t: string | undefined): SpanType | undefined => (t ? TRACELOOP_REQUEST_TYPES[t] : undefined);
export const traceloopSpanKindType = (k: string | undefined): SpanType | undefined => (k ? TRACELOOP_SPAN_KINDS[k] : undefined);
export const langfuseObservationType = (t: string | undefined): SpanType | undefined => (t ? LANGFUSE_TYPES[t.toLowerCase()] : undefined);

/**
 * GenAI span names are "{operation} {model}" ("embeddings text-embedding-3-small"); legacy emitters often set no
 * operation attribute, so the name's first word is the next best evidence, then a model id that names embeddings.
 */
export function typeFromNameOrModel(name: string, model: string | undefined): SpanType | undefined {
  const fromName = genaiOperationType(name.split(' ')[0]);
  if (fromName) return fromName;
  if (model && /embed/i.test(model)) return 'embedding';
  return undefined;
}
