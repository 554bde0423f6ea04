// Runs parameterised SQL: values go in as {name:Type} placeholders, every query is tagged in log_comment with what
// asked for it, and rows are parsed at this boundary by the caller's zod schema.
import type { ClickHouseSettings } from '@clickhouse/client';
import type { z } from 'zod';
import type { ClickHouseStore } from './client';

export type QueryParams = Record<string, string | number | boolean | readonly string[] | readonly number[] | null>;

export interface QueryTag {
  /** What asked for this query, e.g. "traces.list" or "ingest.writer". */
  readonly feature: string;
  readonly projectId?: string;
}

// Exact numbers: 64-bit integers and Decimals come back as strings, never as lossy JSON numbers.
const READ_SETTINGS: ClickHouseSettings = {
  output_format_json_quote_64bit_integers: 1,
  output_format_json_quote_decimals: 1,
};

export function logComment(tag: QueryTag): string {
  return JSON.stringify(tag.projectId ? { feature: tag.feature, project: tag.projectId } : { feature: tag.feature });
}

export async function selectRows<S extends z.ZodType>(
  store: ClickHouseStore,
  options: { sql: string; params?: QueryParams; tag: QueryTag; row: S; settings?: ClickHouseSettings },
): Promise<z.infer<S>[]> {
  const result = await store.client.query({
    query: options.sql,
    query_params: options.params,
    format: 'JSONEachRow',
    clickhouse_settings: { ...READ_SETTINGS, ...options.settings, log_comment: logComment(options.tag) },
  });
  const rows: unknown[] = await result.json();
  return rows.map((r) => options.row.parse(r) as z.infer<S>);
}

export async function execute(
  store: ClickHouseStore,
  options: { sql: string; params?: QueryParams; tag: QueryTag; settings?: ClickHouseSettings },
): Promise<void> {
  await store.client.command({
    query: options.sql,
    query_params: options.params,
    clickhouse_settings: { ...options.settings, log_comment: logComment(options.tag) },
  });
}

/** Inserts rows as one block (one insert, all or nothing). Setting values must be scalars. */
export async function insertRows(
  store: ClickHouseStore,
  options: { table: string; rows: readonly object[]; tag: QueryTag; settings?: Readonly<Record<string, string | number | boolean>> },
): Promise<void> {
  if (options.rows.length === 0) return;
  const lines: string[] = new Array<string>(options.rows.length);
  for (let i = 0; i < options.rows.length; i++) lines[i] = JSON.stringify(options.rows[i]);
  await store.insertJsonLines({
    table: options.table,
    payload: Buffer.from(lines.join('\n')),
    settings: { ...options.settings, log_comment: logComment(options.tag) },
  });
}
