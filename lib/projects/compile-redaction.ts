// A project's stored redaction document, validated and compiled into the pipeline's per-span redaction.
import type { SpanRedaction } from '@/ingest/pipeline/project-pipeline';
import { createRedactor, RedactionConfigError, redactionSettingsSchema, type Redactor } from '@/lib/redaction';
import { ProjectSettingsError } from './project-settings-error';

// Settings are re-read every few seconds; an unchanged document must give the same Redactor, whose memory of recent
// traces is what keeps a value's placeholder the same across all requests of a trace.
const compiled = new Map<string, Redactor>();
const MAX_COMPILED = 1000;

export function compileRedaction(stored: unknown, projectId = ''): (traceId: string) => SpanRedaction {
  const parsed = redactionSettingsSchema.safeParse(stored);
  if (!parsed.success) {
    throw new ProjectSettingsError(`The project's redaction settings are invalid (${parsed.error.issues[0]?.message ?? 'unknown'}); fix them in the project settings.`);
  }
  const key = `${projectId}\u0000${JSON.stringify(parsed.data)}`;
  let redactor = compiled.get(key);
  if (!redactor) {
    try {
      redactor = createRedactor(parsed.data);
    } catch (err) {
      if (err instanceof RedactionConfigError) throw new ProjectSettingsError(err.message);
      throw err;
    }
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value as string);
    compiled.set(key, redactor);
  }
  const r = redactor;
  return (traceId) => r.forSpan(traceId);
}
