// The demo's customers. Traffic weights and feature mixes differ on purpose so that per-tenant and per-feature cost
// breakdowns have a visible shape (acme lives in support chat, initech in code review, globex in search, ...).

export type FeatureId = 'support-chat' | 'doc-search' | 'summarize' | 'code-review' | 'embeddings-indexing';

export const FEATURES: readonly FeatureId[] = ['support-chat', 'doc-search', 'summarize', 'code-review', 'embeddings-indexing'];

export type TenantId = 'acme' | 'globex' | 'initech' | 'umbrella' | 'hooli';

export interface Tenant {
  readonly id: TenantId;
  readonly displayName: string;
  /** Relative share of all traffic. */
  readonly weight: number;
  readonly userCount: number;
  /** Email domain of the tenant's staff; reserved `.example` names so planted PII is never a real address. */
  readonly emailDomain: string;
  readonly featureWeights: Readonly<Record<FeatureId, number>>;
  /**
   * Days before the end of the window at which this tenant moved to the new support-chat release (AI SDK v5).
   * `null`: pinned to the old release for the whole window.
   */
  readonly supportChatUpgradeDaysAgo: number | null;
  /** Runs a dedicated, older on-prem deployment (instrumented with the legacy GenAI attributes). */
  readonly dedicatedDeployment: boolean;
}

export const TENANTS: readonly Tenant[] = [
  {
    id: 'acme', displayName: 'Acme Corp', weight: 32, userCount: 48, emailDomain: 'acme.example',
    featureWeights: { 'support-chat': 45, 'doc-search': 20, summarize: 20, 'code-review': 8, 'embeddings-indexing': 7 },
    supportChatUpgradeDaysAgo: 5, dedicatedDeployment: false,
  },
  {
    id: 'globex', displayName: 'Globex', weight: 24, userCount: 31, emailDomain: 'globex.example',
    featureWeights: { 'support-chat': 25, 'doc-search': 40, summarize: 15, 'code-review': 12, 'embeddings-indexing': 8 },
    supportChatUpgradeDaysAgo: 3, dedicatedDeployment: false,
  },
  {
    id: 'initech', displayName: 'Initech', weight: 18, userCount: 22, emailDomain: 'initech.example',
    featureWeights: { 'support-chat': 15, 'doc-search': 15, summarize: 15, 'code-review': 45, 'embeddings-indexing': 10 },
    supportChatUpgradeDaysAgo: 2, dedicatedDeployment: false,
  },
  {
    id: 'umbrella', displayName: 'Umbrella Health', weight: 14, userCount: 17, emailDomain: 'umbrella.example',
    featureWeights: { 'support-chat': 30, 'doc-search': 25, summarize: 30, 'code-review': 10, 'embeddings-indexing': 5 },
    supportChatUpgradeDaysAgo: null, dedicatedDeployment: true,
  },
  {
    id: 'hooli', displayName: 'Hooli', weight: 12, userCount: 26, emailDomain: 'hooli.example',
    featureWeights: { 'support-chat': 25, 'doc-search': 20, summarize: 35, 'code-review': 12, 'embeddings-indexing': 8 },
    supportChatUpgradeDaysAgo: 1, dedicatedDeployment: false,
  },
];

export function tenant(id: TenantId): Tenant {
  const found = TENANTS.find((t) => t.id === id);
  if (!found) throw new Error(`unknown tenant ${id}`);
  return found;
}

const FIRST_NAMES = [
  'maria', 'james', 'li', 'fatima', 'noah', 'olga', 'raj', 'sofia', 'kenji', 'amara', 'lucas', 'ingrid', 'diego',
  'hana', 'omar', 'chloe', 'pavel', 'zoe', 'ahmed', 'nina', 'tom', 'yuki', 'carlos', 'elena',
];
const LAST_NAMES = [
  'garcia', 'smith', 'chen', 'khan', 'muller', 'ivanova', 'patel', 'rossi', 'tanaka', 'okafor', 'silva', 'berg',
  'lopez', 'kim', 'haddad', 'martin', 'novak', 'wright', 'hassan', 'weber', 'brown', 'sato', 'reyes', 'popescu',
];

export interface DemoUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
}

/**
 * The n-th user of a tenant, derived arithmetically (no randomness) so the same user id always has the same name.
 * Ids look like what apps really send: opaque, prefixed, stable.
 */
export function tenantUser(t: Tenant, index: number): DemoUser {
  const first = FIRST_NAMES[(index * 7 + t.id.length) % FIRST_NAMES.length] ?? 'alex';
  const last = LAST_NAMES[(index * 11 + t.weight) % LAST_NAMES.length] ?? 'doe';
  const name = `${first[0]?.toUpperCase() ?? ''}${first.slice(1)} ${last[0]?.toUpperCase() ?? ''}${last.slice(1)}`;
  return {
    id: `usr_${t.id.slice(0, 3)}_${String(1000 + index * 37).padStart(5, '0')}`,
    name,
    email: `${first}.${last}@${t.emailDomain}`,
  };
}
