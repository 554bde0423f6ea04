// The columns the read API returns for a span, and their parsed form. Shared by the span queries so that
// every endpoint returns the same shape.
import { z } from 'zod';

export const SPAN_COLUMNS = `trace_id, span_id, parent_span_id, name, kind,
  toString(toUnixTimestamp64Nano(start_time)) AS start_ns, toString(toUnixTimestamp64Nano(end_time)) AS end_ns,
  duration_ns, status_code, status_message, service_name, scope_name, scope_version, trace_state, flags,
  attributes, resource_attributes, scope_attributes,
  arrayMap(t -> toString(toUnixTimestamp64Nano(t)), event_times) AS event_ns, event_names, event_attributes,
  link_trace_ids, link_span_ids, link_attributes,
  dropped_attributes_count, dropped_events_count, dropped_links_count`;

const attrs = z.record(z.string(), z.string());

export const spanRow = z.object({
  trace_id: z.string(),
  span_id: z.string(),
  parent_span_id: z.string(),
  name: z.string(),
  kind: z.coerce.number(),
  start_ns: z.string(),
  end_ns: z.string(),
  duration_ns: z.string(),
  status_code: z.coerce.number(),
  status_message: z.string(),
  service_name: z.string(),
  scope_name: z.string(),
  scope_version: z.string(),
  trace_state: z.string(),
  flags: z.coerce.number(),
  attributes: attrs,
  resource_attributes: attrs,
  scope_attributes: attrs,
  event_ns: z.array(z.string()),
  event_names: z.array(z.string()),
  event_attributes: z.array(attrs),
  link_trace_ids: z.array(z.string()),
  link_span_ids: z.array(z.string()),
  link_attributes: z.array(attrs),
  dropped_attributes_count: z.coerce.number(),
  dropped_events_count: z.coerce.number(),
  dropped_links_count: z.coerce.number(),
});

export type SpanRecord = z.infer<typeof spanRow>;
