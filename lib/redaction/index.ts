// Redaction before storage: built-in detectors, project rules, typed placeholders consistent within a trace.
export { createRedactor, Redactor, RedactionConfigError, type SpanRedaction } from './redactor';
export { redactionSettingsSchema, customRuleSchema, DEFAULT_REDACTION_SETTINGS, OPTIONAL_DETECTORS, ALWAYS_ON_DETECTORS } from './settings';
export type { RedactionSettings, CustomRule, OptionalDetector } from './settings';
