// ClickHouse server clusters cannot run here, so the cluster form of every migration is checked as rendered text.
import { describe, expect, it } from 'vitest';
import { distributedTable, engine, onCluster, storageTable } from './ddl';
import { clickhouseMigrations } from './migrations';

const single = { database: 'default', cluster: undefined };
const cluster = { database: 'tokenmeter', cluster: 'main' };

describe('DDL rendering', () => {
  it('renders plain engines and names on one node', () => {
    expect(onCluster(single)).toBe('');
    expect(storageTable(single, 'spans')).toBe('spans');
    expect(engine(single, 'MergeTree', 'spans')).toBe('ENGINE = MergeTree()');
    expect(distributedTable(single, 'spans', 'rand()')).toEqual([]);
  });

  it('renders replicated engines, ON CLUSTER and a Distributed table on a cluster', () => {
    expect(onCluster(cluster)).toBe(' ON CLUSTER `main`');
    expect(storageTable(cluster, 'spans')).toBe('spans_local');
    expect(engine(cluster, 'AggregatingMergeTree', 'trace_rollup')).toBe(
      "ENGINE = ReplicatedAggregatingMergeTree('/clickhouse/tables/{shard}/tokenmeter/trace_rollup_local', '{replica}')",
    );
    expect(distributedTable(cluster, 'spans', 'cityHash64(trace_id)')).toEqual([
      'CREATE TABLE IF NOT EXISTS `spans` ON CLUSTER `main` AS `spans_local` ENGINE = Distributed(`main`, `tokenmeter`, `spans_local`, cityHash64(trace_id))',
    ]);
  });

  it('refuses identifiers that are not plain names', () => {
    expect(() => distributedTable({ database: 'x; DROP', cluster: 'main' }, 'spans', 'rand()')).toThrow(/safe identifier/);
  });

  it('makes every migration cluster-aware', () => {
    for (const m of clickhouseMigrations) {
      const statements = m.statements(cluster);
      for (const sql of statements) {
        expect(sql, `${m.name}: ${sql.slice(0, 60)}`).toContain('ON CLUSTER `main`');
        expect(sql).not.toMatch(/ENGINE = (MergeTree|AggregatingMergeTree|ReplacingMergeTree)\(/);
        // Storage and views use the shard-local tables; only Distributed tables have the plain names.
        expect(sql).not.toMatch(/FROM spans\b(?!_local)/);
      }
      const created = statements.map((s) => /CREATE (?:TABLE|MATERIALIZED VIEW) IF NOT EXISTS (\S+)/.exec(s)?.[1]);
      for (const name of created.filter((n): n is string => !!n && n.endsWith('_local'))) {
        const plain = name.replace(/_local$/, '');
        expect(statements.some((s) => s.includes(`\`${plain}\` ON CLUSTER`) && s.includes('Distributed(')), `${plain} has a Distributed table`).toBe(true);
      }
      for (const sql of m.statements(single)) expect(sql).not.toMatch(/ON CLUSTER|Replicated|Distributed|_local/);
    }
  });
});
