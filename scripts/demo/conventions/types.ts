// The contract between the renderer (../emit/render.ts) and the per-convention emitters. An emitter only decides
// names, kinds and attributes; timing, ids, parentage, error status and exception events are the renderer's job,
// so every convention gets them right the same way.
import type { Attributes, SpanKind } from '@opentelemetry/api';
import type { ConventionId } from '../catalog/deployments';
import type { Step, TraceScenario } from '../scenario/types';

export interface EventSpec {
  readonly name: string;
  readonly attributes: Attributes;
  /** Offset from the trace start, ms. */
  readonly atMs: number;
}

export interface ScopeSpec {
  readonly name: string;
  readonly version?: string;
}

export interface SpanSpec {
  readonly name: string;
  readonly kind: SpanKind;
  readonly attributes: Attributes;
  readonly events?: readonly EventSpec[];
  /** Instrumentation scope when it is not the convention's library (e.g. the HTTP server span). */
  readonly scope?: ScopeSpec;
}

export interface RenderContext {
  readonly trace: TraceScenario;
  readonly parent: Step | undefined;
}

export interface ConventionEmitter {
  readonly id: ConventionId;
  /** Attributes for one step's span. */
  describe(step: Step, ctx: RenderContext): SpanSpec;
  /**
   * An extra outer span around the step's span, for libraries that record one call as two spans
   * (the Vercel AI SDK's `ai.embed` around `ai.embed.doEmbed`). Uses the step's `wrapperSpanId`.
   */
  wrapper?(step: Step, ctx: RenderContext): SpanSpec | undefined;
  /** Extra attributes for the trace's root span, where the library records trace-level facts. */
  rootAttributes?(trace: TraceScenario): Attributes;
}
