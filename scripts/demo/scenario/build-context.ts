// What every feature builder needs while assembling one trace: the trace's random stream, who is calling, where
// the code runs, and whether a provider incident is in progress at that moment.
import type { Rng } from '../random';
import type { DemoUser, Tenant } from '../catalog/tenants';
import type { Incident } from './failures';

export interface BuildContext {
  readonly rng: Rng;
  readonly tenant: Tenant;
  readonly user: DemoUser | undefined;
  readonly runtime: 'nodejs' | 'python';
  readonly incident: Incident | undefined;
  /** Conversation turn (0 = first message of a session). */
  readonly turn: number;
  /** Share of user-written texts that carry planted PII. */
  readonly piiRate: number;
}

export interface StepIds {
  readonly spanId: string;
  readonly wrapperSpanId: string;
}

export function stepIds(ctx: BuildContext): StepIds {
  return { spanId: ctx.rng.id(16), wrapperSpanId: ctx.rng.id(16) };
}

/** Small gap between consecutive steps (scheduling, serialization, network), in ms. */
export function gap(ctx: BuildContext, median = 4): number {
  return ctx.rng.logNormal(median, 0.6);
}
