// Who and what a span is for: tenant, feature, user, session (the project's own keys first, looked up on the span
// and then on its resource), and environment / release from the resource (`deployment.environment.name`, older
// `deployment.environment`, `service.version`). What the conventions themselves name (an AI SDK function id, an
// OpenLLMetry workflow, a GenAI conversation id) fills what is still missing; see each convention module.
import type { Attributes, OtlpResource } from '@/ingest/otlp/types';
import type { SpanView } from './span-view';
import type { NormaliseSettings } from './types';
import { asString, isRecord, readString } from './values';

function firstOf(attrs: Attributes, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = readString(attrs, key);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** What a resource says about attribution; every span of a resource shares it, so it is read once per resource. */
interface ResourceAttribution {
  readonly settings: NormaliseSettings;
  readonly tenantId: string | undefined;
  readonly feature: string | undefined;
  readonly userId: string | undefined;
  readonly sessionId: string | undefined;
  readonly environment: string | undefined;
  readonly release: string | undefined;
}

const ENVIRONMENT_KEYS = ['deployment.environment.name', 'deployment.environment'];

// Decoders give all spans of one ResourceSpans the same resource object; a request belongs to one project, so one
// settings object per resource in practice (a different one simply replaces the entry).
const byResource = new WeakMap<OtlpResource, ResourceAttribution>();

function resourceAttribution(view: SpanView): ResourceAttribution {
  const { resource } = view.span;
  const cached = byResource.get(resource);
  if (cached && cached.settings === view.settings) return cached;
  const attrs = resource.attributes;
  const fresh: ResourceAttribution = {
    settings: view.settings,
    tenantId: firstOf(attrs, view.settings.tenantKeys),
    feature: firstOf(attrs, view.settings.featureKeys),
    userId: firstOf(attrs, view.settings.userKeys),
    sessionId: firstOf(attrs, view.settings.sessionKeys),
    environment: firstOf(attrs, ENVIRONMENT_KEYS),
    release: readString(attrs, 'service.version'),
  };
  byResource.set(resource, fresh);
  return fresh;
}

export type ProjectFact = 'tenantId' | 'feature' | 'userId' | 'sessionId';

const KEYS_OF: Readonly<Record<ProjectFact, 'tenantKeys' | 'featureKeys' | 'userKeys' | 'sessionKeys'>> = {
  tenantId: 'tenantKeys',
  feature: 'featureKeys',
  userId: 'userKeys',
  sessionId: 'sessionKeys',
};

/** A project-configured key: on the span, else on the resource (an app may set tenant.id per process). */
export function projectKeyValue(view: SpanView, fact: ProjectFact): string | undefined {
  return firstOf(view.attrs, view.settings[KEYS_OF[fact]]) ?? resourceAttribution(view)[fact];
}

/** The span may override its resource (a multi-environment worker); the resource is the usual place. */
export function environmentOf(view: SpanView): string | undefined {
  return firstOf(view.attrs, ENVIRONMENT_KEYS) ?? resourceAttribution(view).environment;
}

export function releaseOf(view: SpanView): string | undefined {
  return resourceAttribution(view).release;
}

/**
 * A field of a JSON metadata object (OpenInference `metadata`, Langfuse `langfuse.trace.metadata`): the project's
 * keys are tried as field names first, then the convention's usual names. Numbers count (a numeric tenant id).
 */
export function metadataField(metadata: unknown, projectKeys: readonly string[], usualKeys: readonly string[]): string | undefined {
  if (!isRecord(metadata)) return undefined;
  for (const keys of [projectKeys, usualKeys]) {
    for (const key of keys) {
      if (!Object.hasOwn(metadata, key)) continue;
      const value = asString(metadata[key]);
      if (value !== undefined && value.length > 0) return value;
    }
  }
  return undefined;
}
