// Every ClickHouse migration runs through chDB (the same engine as a server), twice, and the rollups drop a
// re-inserted block.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openClickHouse, type ClickHouseStore } from '@/lib/clickhouse/client';
import { clickhouseMigrations } from '@/lib/clickhouse/migrations';
import { appliedClickHouseVersions, migrateClickHouse } from '@/lib/clickhouse/migrate';
import { insertRows, selectRows } from '@/lib/clickhouse/query';
import { parseEnv } from '@/lib/env';
import { tempDir } from '../../helpers/temp-dir';

let store: ClickHouseStore;
const tmp = tempDir('ch-migrate');

beforeAll(async () => {
  store = await openClickHouse(parseEnv({ TOKENMETER_DATA_DIR: tmp.dir }));
});
afterAll(async () => {
  await store.close();
  tmp.cleanup();
});

const count = z.object({ n: z.coerce.number() });

describe('ClickHouse migrations', () => {
  it('applies every migration once and records it', async () => {
    const first = await migrateClickHouse(store);
    expect(first.applied).toEqual(clickhouseMigrations.map((m) => `${String(m.version).padStart(4, '0')}_${m.name}`));
    const second = await migrateClickHouse(store);
    expect(second.applied).toEqual([]);
    expect([...(await appliedClickHouseVersions(store))].sort()).toEqual(clickhouseMigrations.map((m) => m.version));
  });

  it('numbers migrations 1, 2, 3… without gaps', () => {
    expect(clickhouseMigrations.map((m) => m.version)).toEqual(clickhouseMigrations.map((_, i) => i + 1));
  });

  it('creates the spans table and both rollups', async () => {
    const tables = await selectRows(store, {
      sql: "SELECT name FROM system.tables WHERE database = currentDatabase() AND name IN ('spans','trace_rollup','usage_hourly','trace_rollup_mv','usage_hourly_mv') ORDER BY name",
      tag: { feature: 'test' },
      row: z.object({ name: z.string() }),
    });
    expect(tables.map((t) => t.name)).toEqual(['spans', 'trace_rollup', 'trace_rollup_mv', 'usage_hourly', 'usage_hourly_mv']);
  });

  it('does not count a re-inserted block twice, in spans or in the rollups', async () => {
    const row = {
      project_id: 'p1',
      trace_id: '0af7651916cd43dd8448eb211c80319c',
      span_id: 'b7ad6b7169203331',
      name: 'chat gpt-4o',
      start_time: '1763800000000000000',
      end_time: '1763800001500000000',
      duration_ns: '1500000000',
      span_type: 'llm',
      tenant_id: 'acme',
      usage: { input: '100', output: '20' },
      cost_total: '0.000450000000',
      cost_status: 'priced',
    };
    const settings = { insert_deduplication_token: 'same-batch', deduplicate_blocks_in_dependent_materialized_views: 1 } as const;
    for (let i = 0; i < 2; i++) await insertRows(store, { table: 'spans', rows: [row], tag: { feature: 'test' }, settings });
    const [spans] = await selectRows(store, { sql: "SELECT count() AS n FROM spans WHERE project_id = 'p1'", tag: { feature: 'test' }, row: count });
    expect(spans?.n).toBe(1);
    const [trace] = await selectRows(store, {
      sql: "SELECT sum(span_count) AS n, toString(sum(cost_total)) AS cost, sumMap(usage) AS usage FROM trace_rollup WHERE project_id = 'p1'",
      tag: { feature: 'test' },
      row: z.object({ n: z.coerce.number(), cost: z.string(), usage: z.record(z.string(), z.coerce.number()) }),
    });
    expect(trace).toEqual({ n: 1, cost: '0.00045', usage: { input: 100, output: 20 } });
    const [hourly] = await selectRows(store, {
      sql: "SELECT sum(calls) AS n, toString(sum(cost_total)) AS cost FROM usage_hourly WHERE project_id = 'p1' AND tenant_id = 'acme'",
      tag: { feature: 'test' },
      row: z.object({ n: z.coerce.number(), cost: z.string() }),
    });
    expect(hourly).toEqual({ n: 1, cost: '0.00045' });
  });
});
