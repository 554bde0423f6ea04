import type { DdlTarget } from '../ddl';

/** A numbered ClickHouse migration. Every statement must be idempotent (IF NOT EXISTS), so a rerun is harmless. */
export interface ClickHouseMigration {
  readonly version: number;
  readonly name: string;
  statements(target: DdlTarget): string[];
}
