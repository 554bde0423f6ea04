// Public entry point of the demo traffic model: deterministic LLM-application traces for a time window.
// Everything here is convention-neutral; ./emit.ts turns the scenarios into OpenTelemetry spans.
import { arrivalTimes } from './scenario/arrivals';
import { ScenarioGenerator } from './scenario/generator';
import type { TraceScenario } from './scenario/types';

export type { ConventionId, Deployment, Environment } from './catalog/deployments';
export { CONVENTIONS } from './catalog/deployments';
export type { FeatureId, TenantId } from './catalog/tenants';
export { FEATURES, TENANTS } from './catalog/tenants';
export type { Step, StepKind, TraceScenario, Usage, Message } from './scenario/types';
export { walkSteps } from './scenario/types';
export { ScenarioGenerator } from './scenario/generator';
export { Rng } from './random';

const DAY_MS = 86_400_000;

export interface DemoWindow {
  readonly seed: number;
  /** End of the window, epoch ms. Nothing is generated after it. */
  readonly endMs: number;
  readonly days: number;
  /** Exact number of traces in the window. */
  readonly traces: number;
}

/** Traces for a backfill window at `ratePerMinute` on average (the daily curve moves it up and down). */
export function traceCountFor(days: number, ratePerMinute: number): number {
  return Math.max(0, Math.round(days * 24 * 60 * ratePerMinute));
}

/** Deterministic history: the same window gives the same traces, in start-time order, all inside [end - days, end]. */
export function* generateDemoTraces(window: DemoWindow): Generator<TraceScenario> {
  const generator = new ScenarioGenerator({ seed: window.seed, anchorMs: window.endMs });
  const startMs = window.endMs - window.days * DAY_MS;
  for (const at of arrivalTimes(window.seed, window.traces, startMs, window.endMs)) {
    const trace = generator.next(at, window.endMs);
    // A trace moved earlier to end by `endMs` may not start before the window either; long traces near the start
    // are rare, and clipping them keeps the "within the requested days" promise exact.
    if (trace.startMs < startMs) {
      yield { ...trace, startMs };
      continue;
    }
    yield trace;
  }
}
