// The convention-neutral description of a trace: what happened (which calls, which tokens, which documents, how long,
// what failed), not how any instrumentation library would spell it. Convention emitters turn a `Step` into span
// attributes; keeping the two apart is what lets one scenario be emitted in any convention.
import type { ModelSpec } from '../catalog/models';
import type { Deployment } from '../catalog/deployments';
import type { FeatureId, TenantId } from '../catalog/tenants';

export type Role = 'system' | 'user' | 'assistant' | 'tool';

export type MessagePart =
  | { readonly type: 'text'; readonly content: string }
  | { readonly type: 'tool_call'; readonly id: string; readonly name: string; readonly arguments: Readonly<Record<string, unknown>> }
  | { readonly type: 'tool_call_response'; readonly id: string; readonly name: string; readonly response: string };

export type FinishReason = 'stop' | 'length' | 'tool_calls';

export interface Message {
  readonly role: Role;
  readonly parts: readonly MessagePart[];
}

/** Token usage as the provider bills it. `input` includes cached tokens; `output` includes reasoning tokens. */
export interface Usage {
  readonly input: number;
  readonly output: number;
  readonly cacheRead: number;
  readonly cacheWrite: number;
  readonly reasoning: number;
}

export interface StepError {
  /** Short machine type, as `error.type` would carry it: '429', 'timeout', '529', 'ECONNRESET', ... */
  readonly type: string;
  readonly exceptionType: string;
  readonly message: string;
  readonly stacktrace: string;
}

export interface Evaluation {
  readonly name: 'hallucination' | 'relevance' | 'groundedness';
  readonly score: number;
  readonly label: string;
  readonly explanation: string;
}

export interface ToolDefinition {
  readonly name: string;
  readonly description: string;
  readonly parameters: Readonly<Record<string, unknown>>;
}

export interface RetrievedDocument {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly content: string;
  readonly score: number;
}

interface StepBase {
  readonly spanId: string;
  /** A spare span id for conventions that wrap one logical step in two spans (Vercel's ai.generateText + doGenerate). */
  readonly wrapperSpanId: string;
  /** Offsets from the trace start, in ms (fractions allowed). */
  readonly startMs: number;
  readonly durationMs: number;
  readonly error?: StepError;
  readonly children: readonly Step[];
}

/** The incoming request or job that roots the trace (an HTTP server span). */
export interface RequestStep extends StepBase {
  readonly kind: 'request';
  readonly method: 'GET' | 'POST';
  readonly route: string;
  readonly httpStatus: number;
  readonly input: string;
  readonly output: string;
}

/** A named multi-step pipeline (indexing job, map-reduce summarization, RAG query). */
export interface WorkflowStep extends StepBase {
  readonly kind: 'workflow';
  readonly name: string;
  readonly input: string;
  readonly output: string;
}

/** One unit of work inside a workflow (chunking, upserting, a map step). */
export interface TaskStep extends StepBase {
  readonly kind: 'task';
  readonly name: string;
  readonly input: string;
  readonly output: string;
}

/** An agent loop: LLM calls and tool executions until the model stops asking for tools. */
export interface AgentStep extends StepBase {
  readonly kind: 'agent';
  readonly name: string;
  readonly description: string;
  readonly model: ModelSpec;
  readonly input: string;
  readonly output: string;
  readonly tools: readonly ToolDefinition[];
}

export interface LlmStep extends StepBase {
  readonly kind: 'llm';
  readonly model: ModelSpec;
  readonly operation: 'chat' | 'text_completion';
  readonly system: string;
  /** Conversation sent to the model, without the system prompt. */
  readonly input: readonly Message[];
  /** What the model answered; empty when the call failed. */
  readonly output: readonly Message[];
  readonly finishReason: FinishReason | undefined;
  readonly usage: Usage;
  readonly temperature: number;
  readonly maxTokens: number;
  readonly topP: number;
  readonly streaming: boolean;
  /** Time to first token in ms (streaming calls that produced output). */
  readonly ttftMs: number | undefined;
  readonly responseId: string;
  readonly tools: readonly ToolDefinition[];
  readonly evaluation: Evaluation | undefined;
  /** Retry number: 0 for the first attempt. */
  readonly attempt: number;
}

export interface EmbeddingStep extends StepBase {
  readonly kind: 'embedding';
  readonly model: ModelSpec;
  readonly inputs: readonly string[];
  readonly inputTokens: number;
}

export interface RetrievalStep extends StepBase {
  readonly kind: 'retrieval';
  readonly dataSource: string;
  readonly vectorStore: string;
  readonly query: string;
  readonly topK: number;
  readonly documents: readonly RetrievedDocument[];
}

export interface ToolStep extends StepBase {
  readonly kind: 'tool';
  readonly name: string;
  readonly description: string;
  readonly callId: string;
  readonly arguments: Readonly<Record<string, unknown>>;
  readonly result: string;
}

export type Step = RequestStep | WorkflowStep | TaskStep | AgentStep | LlmStep | EmbeddingStep | RetrievalStep | ToolStep;
export type StepKind = Step['kind'];

export interface TraceScenario {
  /** Position in the generated sequence (0-based). */
  readonly index: number;
  readonly traceId: string;
  /** Absolute start of the trace, epoch ms. */
  readonly startMs: number;
  readonly durationMs: number;
  readonly tenant: TenantId;
  readonly feature: FeatureId;
  readonly deployment: Deployment;
  readonly userId: string | undefined;
  readonly sessionId: string | undefined;
  /** Conversation turn within the session (0 for the first). */
  readonly turn: number;
  readonly root: Step;
}

export function countSpansOfStep(step: Step): number {
  return 1 + step.children.reduce((n, c) => n + countSpansOfStep(c), 0);
}

export function* walkSteps(step: Step): Generator<Step> {
  yield step;
  for (const child of step.children) yield* walkSteps(child);
}

export function textOf(message: Message): string {
  return message.parts.map((p) => (p.type === 'text' ? p.content : '')).join('');
}
