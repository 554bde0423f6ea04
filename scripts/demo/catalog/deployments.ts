// Which service, release and instrumentation produced a trace. The convention follows the deployment, as in real
// life: the support chat is a Next.js app on the Vercel AI SDK (v4 before a tenant's upgrade, v5 after, v6 on
// staging), search runs LlamaIndex with OpenInference, the indexer uses the Traceloop SDK, and Umbrella's dedicated
// on-prem deployment is pinned to old releases that still emit the legacy GenAI attributes. Together the table makes
// every convention appear in any few hundred traces.
import type { Rng } from '../random';
import type { FeatureId, Tenant } from './tenants';

export type ConventionId =
  | 'genai-current'
  | 'genai-legacy'
  | 'openinference'
  | 'openllmetry'
  | 'vercel-ai-v4'
  | 'vercel-ai-v5'
  | 'vercel-ai-v6'
  | 'langfuse';

export const CONVENTIONS: readonly ConventionId[] = [
  'genai-current', 'genai-legacy', 'openinference', 'openllmetry', 'vercel-ai-v4', 'vercel-ai-v5', 'vercel-ai-v6',
  'langfuse',
];

export type Environment = 'production' | 'staging';

/** The library that emitted the LLM spans; it becomes the instrumentation scope of those spans. */
export interface Instrumentation {
  readonly name: string;
  readonly version: string;
}

export interface Deployment {
  readonly feature: FeatureId;
  readonly serviceName: string;
  readonly serviceVersion: string;
  readonly environment: Environment;
  readonly convention: ConventionId;
  readonly instrumentation: Instrumentation;
  readonly runtime: 'nodejs' | 'python';
}

interface FeatureService {
  readonly serviceName: string;
  readonly runtime: 'nodejs' | 'python';
  /** Production release before and after a rollout `rolloutDaysAgo` days before the window end. */
  readonly oldVersion: string;
  readonly newVersion: string;
  readonly rolloutDaysAgo: number;
  readonly stagingVersion: string;
  /** What Umbrella's pinned on-prem deployment runs. */
  readonly dedicatedVersion: string;
}

const SERVICES: Readonly<Record<FeatureId, FeatureService>> = {
  'support-chat': {
    serviceName: 'support-chat-web', runtime: 'nodejs', oldVersion: '3.8.4', newVersion: '3.9.1', rolloutDaysAgo: 0,
    stagingVersion: '4.0.0-rc.2', dedicatedVersion: '3.6.0',
  },
  'doc-search': {
    serviceName: 'doc-search-api', runtime: 'python', oldVersion: '2.14.0', newVersion: '2.15.0', rolloutDaysAgo: 2,
    stagingVersion: '2.16.0.dev3', dedicatedVersion: '2.9.3',
  },
  summarize: {
    serviceName: 'summarizer-worker', runtime: 'python', oldVersion: '1.6.3', newVersion: '1.7.0', rolloutDaysAgo: 4.5,
    stagingVersion: '1.8.0a1', dedicatedVersion: '1.2.0',
  },
  'code-review': {
    serviceName: 'code-review-agent', runtime: 'nodejs', oldVersion: '0.9.2', newVersion: '0.10.0', rolloutDaysAgo: 3.5,
    stagingVersion: '0.11.0-beta.1', dedicatedVersion: '0.7.5',
  },
  'embeddings-indexing': {
    serviceName: 'embeddings-indexer', runtime: 'nodejs', oldVersion: '5.0.2', newVersion: '5.1.0', rolloutDaysAgo: 6,
    stagingVersion: '5.2.0-rc.1', dedicatedVersion: '5.0.2',
  },
};

/** A rollout is a 6-hour canary ramp rather than a step, so both releases overlap on the charts for a while. */
function isOnNewRelease(rng: Rng, rolloutDaysAgo: number, daysBeforeEnd: number): boolean {
  const rampDays = 0.25;
  const share = Math.min(1, Math.max(0, (rolloutDaysAgo - daysBeforeEnd) / rampDays));
  return rng.chance(share);
}

function conventionFor(feature: FeatureId, t: Tenant, environment: Environment, newSupportChat: boolean): ConventionId {
  if (feature === 'support-chat') {
    if (environment === 'staging') return 'vercel-ai-v6';
    return newSupportChat ? 'vercel-ai-v5' : 'vercel-ai-v4';
  }
  if (feature === 'embeddings-indexing') return 'openllmetry';
  if (t.dedicatedDeployment) return 'genai-legacy';
  switch (feature) {
    case 'doc-search':
      return 'openinference';
    case 'summarize':
      return t.id === 'hooli' ? 'langfuse' : 'genai-current';
    case 'code-review':
      return t.id === 'globex' || t.id === 'hooli' ? 'openllmetry' : 'genai-current';
  }
}

/**
 * Library and version per convention. OpenLLMetry is the one whose attribute names changed with the version:
 * releases from 2026 write `gen_ai.input.messages` instead of `gen_ai.prompt.{i}.*`, so newer releases of our
 * services carry the newer SDK.
 */
function instrumentationFor(convention: ConventionId, newRelease: boolean, service: string, version: string): Instrumentation {
  switch (convention) {
    // Services following the GenAI conventions instrument their own code, so the scope is the service itself.
    case 'genai-current':
    case 'genai-legacy':
      return { name: service, version };
    case 'openinference':
      return { name: 'openinference.instrumentation.llama_index', version: '4.3.0' };
    case 'openllmetry':
      return { name: '@traceloop/node-server-sdk', version: newRelease ? '0.27.0' : '0.14.6' };
    case 'vercel-ai-v4':
      return { name: 'ai', version: '4.3.16' };
    case 'vercel-ai-v5':
      return { name: 'ai', version: '5.0.59' };
    case 'vercel-ai-v6':
      return { name: 'ai', version: '6.0.12' };
    case 'langfuse':
      return { name: 'langfuse-sdk', version: '4.2.0' };
  }
}

export function chooseDeployment(
  rng: Rng,
  feature: FeatureId,
  t: Tenant,
  environment: Environment,
  daysBeforeEnd: number,
): Deployment {
  const service = SERVICES[feature];
  let version: string;
  let newSupportChat = false;
  let newRelease = false;
  if (environment === 'staging') {
    version = service.stagingVersion;
  } else if (t.dedicatedDeployment) {
    version = service.dedicatedVersion;
  } else if (feature === 'support-chat') {
    const upgrade = t.supportChatUpgradeDaysAgo;
    newSupportChat = upgrade !== null && isOnNewRelease(rng, upgrade, daysBeforeEnd);
    version = newSupportChat ? service.newVersion : service.oldVersion;
  } else {
    newRelease = isOnNewRelease(rng, service.rolloutDaysAgo, daysBeforeEnd);
    version = newRelease ? service.newVersion : service.oldVersion;
  }
  const convention = conventionFor(feature, t, environment, newSupportChat);
  return {
    feature,
    serviceName: service.serviceName,
    serviceVersion: version,
    environment,
    convention,
    instrumentation: instrumentationFor(convention, newRelease || environment === 'staging', service.serviceName, version),
    runtime: service.runtime,
  };
}
