// A project's stored redaction document, validated and compiled into the pipeline's per-span redaction.
import type { SpanRedaction } from '@/ingest/pipeline/project-pipeline';
import { createRedactor, RedactionConfigError, redactionSettingsSchema } from '@/lib/redaction';
import { ProjectSettingsError } from './project-settings-error';

export function compileRedaction(stored: unknown): (traceId: string) => SpanRedaction {
  const parsed = redactionSettingsSchema.safeParse(stored);
  if (!parsed.success) {
    throw new ProjectSettingsError(`The project's redaction settings are invalid (${parsed.error.issues[0]?.message ?? 'unknown'}); fix them in the project settings.`);
  }
  try {
    const redactor = createRedactor(parsed.data);
    return (traceId) => redactor.forSpan(traceId);
  } catch (err) {
    if (err instanceof RedactionConfigError) throw new ProjectSettingsError(err.message);
    throw err;
  }
}
