// Turns a sequence of start times into trace scenarios: who calls (tenant, user, session), which feature, which
// deployment and convention, and the step tree. Each trace draws from its own stream Rng.derive(seed, index), so
// a trace's content does not shift when an unrelated choice elsewhere changes; the only carried state is the
// session pool, which is itself deterministic for a given sequence of calls.
import { chooseDeployment, type Environment } from '../catalog/deployments';
import { TENANTS, tenantUser, type FeatureId, type Tenant } from '../catalog/tenants';
import { Rng } from '../random';
import type { BuildContext } from './build-context';
import { incidentAt } from './failures';
import { buildCodeReview } from './features/code-review';
import { buildDocSearch } from './features/doc-search';
import { buildEmbeddingsIndexing } from './features/embeddings-indexing';
import type { FeatureBuilder, SessionState } from './features/shared';
import { buildSummarize } from './features/summarize';
import { buildSupportChat } from './features/support-chat';
import { SessionPool, type SessionPolicy } from './sessions';
import type { TraceScenario } from './types';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

const BUILDERS: Readonly<Record<FeatureId, FeatureBuilder>> = {
  'support-chat': buildSupportChat,
  'doc-search': buildDocSearch,
  summarize: (ctx) => buildSummarize(ctx),
  'code-review': buildCodeReview,
  'embeddings-indexing': (ctx) => buildEmbeddingsIndexing(ctx),
};

const SESSION_POLICIES: Readonly<Partial<Record<FeatureId, SessionPolicy>>> = {
  'support-chat': { continueProbability: 0.6, maxIdleMs: 20 * MINUTE_MS, idPrefix: 'chat', maxTurns: 8 },
  'doc-search': { continueProbability: 0.35, maxIdleMs: 10 * MINUTE_MS, idPrefix: 'srch', maxTurns: 4 },
  'code-review': { continueProbability: 0.3, maxIdleMs: 6 * 60 * MINUTE_MS, idPrefix: 'pr', maxTurns: 5 },
};

export interface GeneratorOptions {
  readonly seed: number;
  /** End of the demo window (epoch ms); release rollouts are placed relative to it. */
  readonly anchorMs: number;
  /** Share of traffic from staging deployments. */
  readonly stagingShare?: number;
  /** Share of user-written texts carrying planted PII. */
  readonly piiRate?: number;
}

/** Heavy users send most of the traffic (a rough power law), as in every real tenant. */
function pickUserIndex(rng: Rng, tenant: Tenant): number {
  return Math.min(tenant.userCount - 1, Math.floor(tenant.userCount * rng.next() ** 2));
}

export class ScenarioGenerator {
  private index = 0;
  private readonly sessions = new SessionPool();

  constructor(private readonly options: GeneratorOptions) {}

  /**
   * The next trace, starting at `startMs` unless it would end after `latestEndMs`; then it is moved earlier so
   * that backfilled history never lies in the future.
   */
  next(startMs: number, latestEndMs: number): TraceScenario {
    const index = this.index++;
    const rng = Rng.derive(this.options.seed, 'trace', index);
    const traceId = rng.id(32);
    const tenant = rng.weighted(TENANTS.map((t) => [t, t.weight] as const));
    const feature = rng.weighted(Object.entries(tenant.featureWeights) as Array<[FeatureId, number]>);
    const environment: Environment = rng.chance(this.options.stagingShare ?? 0.07) ? 'staging' : 'production';
    const deployment = chooseDeployment(rng, feature, tenant, environment, (this.options.anchorMs - startMs) / DAY_MS);

    const policy = SESSION_POLICIES[feature];
    const session: SessionState | undefined = policy
      ? this.sessions.acquire(rng, `${tenant.id}|${feature}|${environment}`, startMs, policy, () => pickUserIndex(rng, tenant))
      : undefined;
    const userIndex = session?.userIndex ?? pickUserIndex(rng, tenant);
    const user = feature === 'embeddings-indexing' ? undefined : tenantUser(tenant, userIndex);

    const ctx: BuildContext = {
      rng, tenant, user, runtime: deployment.runtime, incident: incidentAt(this.options.seed, startMs),
      turn: session?.turns ?? 0, piiRate: this.options.piiRate ?? 0.08,
    };
    const build = BUILDERS[feature](ctx, session);
    const durationMs = build.root.durationMs;
    const start = Math.min(startMs, latestEndMs - durationMs);

    const turn = session?.turns ?? 0;
    if (session) {
      session.turns += 1;
      session.lastMs = start + durationMs;
      session.history = [...session.history, ...build.remember].slice(-8);
    }
    return {
      index, traceId, startMs: start, durationMs, tenant: tenant.id, feature, deployment, userId: user?.id,
      sessionId: session?.id, turn, root: build.root,
    };
  }
}
