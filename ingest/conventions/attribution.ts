// Tenant, feature, user, session, environment and release: the project's own keys first, then well-known keys, each
// looked up on the span and then on its resource; what the conventions themselves name (an AI SDK function id, an
// OpenLLMetry workflow, a GenAI conversation id) fills what is still missing.
import type { OtlpSpan } from '@/ingest/otlp/types';
import type { Attribution, NormaliseSettings } from './types';

export const DEFAULT_ATTRIBUTION_KEYS = {
  tenantKeys: [
    'tenant.id',
    'app.tenant.id',
    'tenant_id',
    'tenantId',
    'traceloop.association.properties.customer_id',
    'traceloop.association.properties.tenant_id',
    'ai.telemetry.metadata.tenantId',
    'ai.telemetry.metadata.tenant_id',
    'langfuse.trace.metadata.tenant_id',
    'langfuse.trace.metadata.tenantId',
  ],
  featureKeys: ['feature', 'app.feature', 'feature.name', 'ai.telemetry.metadata.feature', 'traceloop.association.properties.feature', 'langfuse.trace.metadata.feature'],
  userKeys: ['user.id', 'enduser.id', 'ai.telemetry.metadata.userId', 'traceloop.association.properties.user_id', 'langfuse.user.id'],
  sessionKeys: ['session.id', 'gen_ai.conversation.id', 'ai.telemetry.metadata.sessionId', 'traceloop.association.properties.session_id', 'langfuse.session.id'],
} as const;

function lookup(span: OtlpSpan, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const v = span.attributes[key];
    if (v !== undefined && v !== '') return v;
  }
  for (const key of keys) {
    const v = span.resource.attributes[key];
    if (v !== undefined && v !== '') return v;
  }
  return undefined;
}

export function readAttribution(span: OtlpSpan, settings: NormaliseSettings, fromConventions: Attribution): Attribution {
  const r = span.resource.attributes;
  const out: { -readonly [K in keyof Attribution]: Attribution[K] } = {};
  const tenantId = lookup(span, settings.tenantKeys) ?? fromConventions.tenantId;
  const feature = lookup(span, settings.featureKeys) ?? fromConventions.feature;
  const userId = lookup(span, settings.userKeys) ?? fromConventions.userId;
  const sessionId = lookup(span, settings.sessionKeys) ?? fromConventions.sessionId;
  const environment = r['deployment.environment.name'] || r['deployment.environment'] || fromConventions.environment;
  const release = r['service.version'] || fromConventions.release;
  if (tenantId) out.tenantId = tenantId;
  if (feature) out.feature = feature;
  if (userId) out.userId = userId;
  if (sessionId) out.sessionId = sessionId;
  if (environment) out.environment = environment;
  if (release) out.release = release;
  return out;
}
