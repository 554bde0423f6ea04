// Redaction before storage: built-in detectors, project rules, typed placeholders consistent within a trace.
// Client code (a settings form) should import './settings' directly: this index also pulls in node:crypto.
export { createRedactor, type Redactor, type RedactorOptions, type RedactionCounts, type SpanRedaction, type TraceRedaction } from './redactor';
export { RedactionConfigError } from './errors';
export {
  ALWAYS_ON_DETECTORS,
  customRuleSchema,
  DEFAULT_REDACTION_SETTINGS,
  DETECTOR_NAMES,
  OPTIONAL_DETECTORS,
  redactionSettingsSchema,
} from './settings';
export type { CustomRule, DetectorName, OptionalDetector, RedactionSettings, RedactionSettingsInput } from './settings';
