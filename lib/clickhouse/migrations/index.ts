// Every ClickHouse migration, in order. A new migration gets the next number and is appended here.
import { spansMigration } from './0001_spans';
import { rollupsMigration } from './0002_rollups';
import { llmFactsMigration } from './0003_llm_facts';
import type { ClickHouseMigration } from './types';

export const clickhouseMigrations: readonly ClickHouseMigration[] = [spansMigration, rollupsMigration, llmFactsMigration];
export type { ClickHouseMigration } from './types';
