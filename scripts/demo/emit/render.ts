// Walks a scenario's step tree and creates real SDK spans: explicit start and end times (so history can be
// backdated), ids from the scenario, parents through the context API, error status plus an `exception` event on
// failed steps, and the tenant on the root span. Returns how many spans were created.
import { ROOT_CONTEXT, SpanStatusCode, context, trace as traceApi, type Attributes, type Context, type Span } from '@opentelemetry/api';
import { conventionEmitter } from '../conventions';
import type { ConventionEmitter, SpanSpec } from '../conventions/types';
import type { Step, TraceScenario } from '../scenario/types';
import type { ScriptedIdGenerator } from './ids';
import type { ProviderPool } from './providers';
import { toHrTime } from './time';

interface RenderState {
  readonly trace: TraceScenario;
  readonly convention: ConventionEmitter;
  readonly pool: ProviderPool;
  readonly ids: ScriptedIdGenerator;
  spans: number;
}

function rootAttributes(state: RenderState): Attributes {
  const { trace } = state;
  return {
    // The key Tokenmeter attributes tenants by default; only the root carries it, as an app middleware would set it.
    'tenant.id': trace.tenant,
    ...(trace.userId ? { 'user.id': trace.userId } : {}),
    ...(state.convention.rootAttributes?.(trace) ?? {}),
  };
}

function startSpan(state: RenderState, spec: SpanSpec, spanId: string, parent: Context | undefined, startMs: number, extra: Attributes): Span {
  const { trace } = state;
  state.ids.prime(trace.traceId, spanId);
  const tracer = state.pool.tracer(trace.deployment, spec.scope ?? trace.deployment.instrumentation);
  state.spans += 1;
  return tracer.startSpan(
    spec.name,
    { kind: spec.kind, attributes: { ...spec.attributes, ...extra }, startTime: toHrTime(trace.startMs + startMs), root: parent === undefined },
    parent ?? ROOT_CONTEXT,
  );
}

function finishSpan(state: RenderState, span: Span, spec: SpanSpec, step: Step): void {
  const { trace } = state;
  const endMs = step.startMs + step.durationMs;
  for (const event of spec.events ?? []) span.addEvent(event.name, event.attributes, toHrTime(trace.startMs + event.atMs));
  if (step.error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: step.error.message });
    // The HTTP server span only gets the status, as HTTP instrumentations do; code that threw records the exception.
    if (step.kind !== 'request') {
      span.addEvent('exception', {
        'exception.type': step.error.exceptionType,
        'exception.message': step.error.message,
        'exception.stacktrace': step.error.stacktrace,
      }, toHrTime(trace.startMs + endMs));
    }
  }
  span.end(toHrTime(trace.startMs + endMs));
}

function renderStep(state: RenderState, step: Step, parentStep: Step | undefined, parent: Context | undefined): void {
  const ctx = { trace: state.trace, parent: parentStep };
  let extra: Attributes = parent === undefined ? rootAttributes(state) : {};
  let parentContext = parent;

  const wrapperSpec = state.convention.wrapper?.(step, ctx);
  let wrapper: Span | undefined;
  if (wrapperSpec) {
    wrapper = startSpan(state, wrapperSpec, step.wrapperSpanId, parentContext, step.startMs, extra);
    parentContext = traceApi.setSpan(parentContext ?? context.active(), wrapper);
    extra = {};
  }

  const spec = state.convention.describe(step, ctx);
  const span = startSpan(state, spec, step.spanId, parentContext, step.startMs, extra);
  const childContext = traceApi.setSpan(parentContext ?? context.active(), span);
  for (const child of step.children) renderStep(state, child, step, childContext);
  finishSpan(state, span, spec, step);
  if (wrapper && wrapperSpec) finishSpan(state, wrapper, { ...wrapperSpec, events: [] }, step);
}

export function renderTrace(trace: TraceScenario, pool: ProviderPool, ids: ScriptedIdGenerator): number {
  const state: RenderState = { trace, convention: conventionEmitter(trace.deployment.convention), pool, ids, spans: 0 };
  renderStep(state, trace.root, undefined, undefined);
  return state.spans;
}
