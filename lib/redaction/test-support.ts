// Shared by the redaction tests: redactors with every detector and with the defaults, and a way to redact a text in a
// trace of its own so that placeholder numbers start at 1.
import { createRedactor, type RedactionCounts, type Redactor } from './redactor';
import { DEFAULT_REDACTION_SETTINGS, DETECTOR_NAMES } from './settings';

export const everyDetector: Redactor = createRedactor({ detectors: DETECTOR_NAMES, customRules: [] });
export const defaultsOnly: Redactor = createRedactor(DEFAULT_REDACTION_SETTINGS);

let traces = 0;

export function redactAlone(text: string, redactor: Redactor = everyDetector): { text: string; counts: RedactionCounts } {
  const span = redactor.forSpan(`test-trace-${++traces}`);
  return { text: span.redact(text), counts: span.counts() };
}
