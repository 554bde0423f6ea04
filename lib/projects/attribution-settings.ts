// A project's own attribution keys: attribute names (span, then resource) that carry the tenant, feature, user and
// session, and the attribute that flags a hallucination. They are tried before the conventions' built-in keys.
import { z } from 'zod';
import type { NormaliseSettings } from '@/ingest/conventions/types';

const keys = z.array(z.string().trim().min(1).max(200)).max(50).default([]);

export const attributionSettingsSchema = z.object({
  tenantKeys: keys,
  featureKeys: keys,
  userKeys: keys,
  sessionKeys: keys,
  hallucinationKey: z.string().trim().min(1).max(200).optional(),
});

export type AttributionSettings = z.output<typeof attributionSettingsSchema>;

const unique = (first: readonly string[], then: readonly string[]) => [...new Set([...first, ...then])];

/** The project's keys first, then the defaults, so a project adds to what is understood and never loses it. */
export function toNormaliseSettings(project: AttributionSettings, defaults: NormaliseSettings): NormaliseSettings {
  return {
    tenantKeys: unique(project.tenantKeys, defaults.tenantKeys),
    featureKeys: unique(project.featureKeys, defaults.featureKeys),
    userKeys: unique(project.userKeys, defaults.userKeys),
    sessionKeys: unique(project.sessionKeys, defaults.sessionKeys),
    hallucinationKey: project.hallucinationKey ?? defaults.hallucinationKey,
  };
}
