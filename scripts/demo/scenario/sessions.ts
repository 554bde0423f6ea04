// Open multi-turn sessions. A new trace of a conversational feature either continues a recent session of the same
// tenant (the next message in a chat, the next push to a pull request) or starts a new one. Sessions idle longer
// than the feature's timeout are closed, as an app would expire them.
import type { Rng } from '../random';
import type { SessionState } from './features/shared';

export interface SessionPolicy {
  /** Chance that a trace continues an open session rather than starting one. */
  readonly continueProbability: number;
  readonly maxIdleMs: number;
  /** Prefix of the session id, as the app would generate it. */
  readonly idPrefix: string;
  /** Sessions after which the user is done (chats end, PRs get merged). */
  readonly maxTurns: number;
}

const MAX_OPEN_PER_KEY = 64;

export class SessionPool {
  private readonly open = new Map<string, SessionState[]>();

  acquire(rng: Rng, key: string, nowMs: number, policy: SessionPolicy, userIndex: () => number): SessionState {
    const alive = (this.open.get(key) ?? []).filter((s) => nowMs - s.lastMs <= policy.maxIdleMs && s.turns < policy.maxTurns);
    this.open.set(key, alive);
    if (alive.length > 0 && rng.chance(policy.continueProbability)) return rng.pick(alive);
    const session: SessionState = { id: `${policy.idPrefix}_${rng.hex(20)}`, userIndex: userIndex(), turns: 0, lastMs: nowMs, history: [] };
    alive.push(session);
    if (alive.length > MAX_OPEN_PER_KEY) alive.shift();
    return session;
  }
}
