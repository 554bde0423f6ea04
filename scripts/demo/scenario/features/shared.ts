// Pieces every feature builder uses: the root request span, session state, and model choice per tenant.
import type { ModelId } from '../../catalog/models';
import type { TenantId } from '../../catalog/tenants';
import { Rng } from '../../random';
import { gap, stepIds, type BuildContext } from '../build-context';
import type { Message, RequestStep, Step, StepError } from '../types';

/** What a multi-turn session remembers between traces. */
export interface SessionState {
  readonly id: string;
  readonly userIndex: number;
  /** Turns already completed. */
  turns: number;
  lastMs: number;
  /** Conversation so far (bounded), sent again with the next turn. */
  history: Message[];
}

/** Facts that stay fixed for a whole session (which PR, which topic) come from a stream seeded by its id. */
export function sessionRng(session: SessionState): Rng {
  return Rng.derive(0, 'session', session.id);
}

export interface FeatureBuild {
  readonly root: Step;
  /** Messages to remember for the next turn of the session. */
  readonly remember: readonly Message[];
}

export type FeatureBuilder = (ctx: BuildContext, session: SessionState | undefined) => FeatureBuild;

export interface RequestSpec {
  readonly method: 'GET' | 'POST';
  readonly route: string;
  readonly input: string;
  readonly output: string;
  readonly children: readonly Step[];
  readonly endMs: number;
  readonly error: StepError | undefined;
}

/** HTTP status the app answers with when a model call failed for good. */
function statusFor(error: StepError | undefined): number {
  if (!error) return 200;
  if (error.type === 'timeout') return 504;
  if (error.type === '429' || error.type === '529') return 503;
  if (error.type === '400') return 422;
  return 502;
}

export function requestStep(ctx: BuildContext, spec: RequestSpec): RequestStep {
  const durationMs = spec.endMs + gap(ctx, 6);
  return {
    kind: 'request', ...stepIds(ctx), startMs: 0, durationMs, children: spec.children,
    ...(spec.error ? { error: spec.error } : {}),
    method: spec.method, route: spec.route, httpStatus: statusFor(spec.error), input: spec.input, output: spec.output,
  };
}

export function chooseModel(rng: Rng, table: Readonly<Partial<Record<TenantId, ReadonlyArray<readonly [ModelId, number]>>>>, tenant: TenantId, fallback: ModelId): ModelId {
  const options = table[tenant];
  return options ? rng.weighted(options) : fallback;
}

/** Keeps the last `max` messages: apps truncate history to bound prompt size. */
export function boundedHistory(history: readonly Message[], max: number): Message[] {
  return history.slice(Math.max(0, history.length - max));
}

export function firstName(fullName: string | undefined): string {
  return fullName?.split(' ')[0] ?? 'there';
}
