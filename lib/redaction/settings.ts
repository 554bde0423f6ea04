// A project's redaction settings as stored in Postgres (project_settings.redaction): which optional detectors run,
// and the project's own rules. Secrets and payment cards are always redacted, whatever is stored.
import { z } from 'zod';

export const OPTIONAL_DETECTORS = ['email', 'phone', 'iban', 'national_id', 'ip_address'] as const;
export const ALWAYS_ON_DETECTORS = ['secret', 'payment_card'] as const;
export type OptionalDetector = (typeof OPTIONAL_DETECTORS)[number];

const ruleName = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'a rule name is lower-case letters, digits and underscores, such as "order_id"');

export const customRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('regex'), name: ruleName, pattern: z.string().min(1).max(1000), caseInsensitive: z.boolean().default(false) }),
  z.object({ kind: z.literal('words'), name: ruleName, words: z.array(z.string().trim().min(1).max(200)).min(1).max(5000) }),
]);

export const redactionSettingsSchema = z.object({
  detectors: z.array(z.enum(OPTIONAL_DETECTORS)).default([]),
  customRules: z.array(customRuleSchema).max(100).default([]),
});

export type CustomRule = z.output<typeof customRuleSchema>;
export type RedactionSettings = z.output<typeof redactionSettingsSchema>;

export const DEFAULT_REDACTION_SETTINGS: RedactionSettings = { detectors: [], customRules: [] };
