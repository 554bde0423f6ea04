// Pipeline stage "redact": every text of a row that can carry content goes through the project's redactor before
// the row leaves the process (invariant 5): attribute values (span, resource, scope, event, link), the status
// message, and the normalised content columns. Keys are left alone: they are the schema, not the content.
import type { Attributes } from '@/ingest/otlp/types';
import type { SpanRow } from './span-row';

/** Redacts the texts of one span; placeholders are consistent within the span's trace. */
export interface SpanTextRedactor {
  redact(text: string): string;
}

function redactAttributes(attributes: Attributes, redactor: SpanTextRedactor): Attributes {
  let out: Attributes | undefined;
  for (const key in attributes) {
    const value = attributes[key] as string;
    const redacted = redactor.redact(value);
    if (redacted !== value) {
      out ??= { ...attributes };
      out[key] = redacted;
    }
  }
  // Unchanged maps are shared, not copied: resource attributes are the same object for every span of a request.
  return out ?? attributes;
}

export function redactRow(row: SpanRow, redactor: SpanTextRedactor): void {
  row.attributes = redactAttributes(row.attributes, redactor);
  row.resource_attributes = redactAttributes(row.resource_attributes, redactor);
  row.scope_attributes = redactAttributes(row.scope_attributes, redactor);
  row.event_attributes = row.event_attributes.map((a) => redactAttributes(a, redactor));
  row.link_attributes = row.link_attributes.map((a) => redactAttributes(a, redactor));
  row.status_message = redactor.redact(row.status_message);
  row.input = redactor.redact(row.input);
  row.output = redactor.redact(row.output);
  row.tool_calls = redactor.redact(row.tool_calls);
  row.retrieval_query = redactor.redact(row.retrieval_query);
  row.retrieval_documents = redactor.redact(row.retrieval_documents);
  row.error_message = redactor.redact(row.error_message);
  row.scores = redactor.redact(row.scores);
  const params: Record<string, string> = {};
  for (const key in row.invocation_parameters) params[key] = redactor.redact(row.invocation_parameters[key] as string);
  row.invocation_parameters = params;
}
