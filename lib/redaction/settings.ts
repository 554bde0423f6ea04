// A project's redaction settings as stored in Postgres (project_settings.redaction): which detectors run, and the
// project's own rules. Secrets and payment cards are always redacted, whatever is stored: the schema adds them to
// every parsed document and createRedactor adds them again for settings built in code.
// No Node-only imports here, so a settings form in the browser can validate with the same schema.
import { z } from 'zod';
import { customRuleProblem } from './rules/rule-problems';

export const DETECTOR_NAMES = ['secret', 'payment_card', 'email', 'phone', 'iban', 'national_id', 'ip_address'] as const;
export type DetectorName = (typeof DETECTOR_NAMES)[number];

/** Cannot be switched off: a leaked key or card number is never what a project wants stored. */
export const ALWAYS_ON_DETECTORS = ['secret', 'payment_card'] as const satisfies readonly DetectorName[];
/** Chosen per project: each has some false positives that a project may not want to pay for. */
export const OPTIONAL_DETECTORS = ['email', 'phone', 'iban', 'national_id', 'ip_address'] as const satisfies readonly DetectorName[];
export type OptionalDetector = (typeof OPTIONAL_DETECTORS)[number];

/** The detectors that run for a chosen list: always-on ones added, duplicates dropped, in the canonical order. */
export function withAlwaysOn(detectors: readonly DetectorName[]): DetectorName[] {
  const chosen = new Set<DetectorName>([...ALWAYS_ON_DETECTORS, ...detectors]);
  return DETECTOR_NAMES.filter((name) => chosen.has(name));
}

const ruleName = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'a rule name is lower-case letters, digits and underscores, such as "order_id"');

const regexRuleSchema = z.object({
  kind: z.literal('regex'),
  /** Placeholder type (upper-cased: order_id gives [ORDER_ID_1]) and key in the per-span counts. */
  name: ruleName,
  pattern: z.string().min(1).max(1000),
  caseInsensitive: z.boolean().default(false),
});

const wordsRuleSchema = z.object({
  kind: z.literal('words'),
  name: ruleName,
  /** Whole words or phrases, matched case-insensitively; whitespace inside a phrase matches any whitespace. */
  words: z.array(z.string().trim().min(1).max(200)).min(1).max(5000),
});

export const customRuleSchema = z.discriminatedUnion('kind', [regexRuleSchema, wordsRuleSchema]).superRefine((rule, ctx) => {
  // A rule that cannot run is refused when saved, with the same message createRedactor would throw.
  const problem = customRuleProblem(rule);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const redactionSettingsSchema = z.object({
  detectors: z.array(z.enum(DETECTOR_NAMES)).default([...ALWAYS_ON_DETECTORS]).transform(withAlwaysOn),
  customRules: z.array(customRuleSchema).max(100).default([]),
});

export type CustomRule = z.output<typeof customRuleSchema>;
/** The stored JSON as it may be written: every field optional. */
export type RedactionSettingsInput = z.input<typeof redactionSettingsSchema>;

export interface RedactionSettings {
  readonly detectors: readonly DetectorName[];
  readonly customRules: readonly CustomRule[];
}

/** Secrets and payment cards only; every other detector is a per-project choice. */
export const DEFAULT_REDACTION_SETTINGS: RedactionSettings = { detectors: [...ALWAYS_ON_DETECTORS], customRules: [] };
