// Renders DDL for a single node (embedded chDB or one server) or a cluster. Identifiers here come from the
// validated configuration (CLICKHOUSE_DATABASE, CLICKHOUSE_CLUSTER) and from migration files, never from requests.
export interface DdlTarget {
  readonly database: string;
  readonly cluster: string | undefined;
}

export type TableEngine = 'MergeTree' | 'ReplacingMergeTree' | 'AggregatingMergeTree';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function quote(identifier: string): string {
  if (!IDENTIFIER.test(identifier)) throw new Error(`Not a safe identifier for DDL: ${JSON.stringify(identifier)}`);
  return `\`${identifier}\``;
}

/** ` ON CLUSTER \`name\`` against a cluster, nothing otherwise. */
export function onCluster(t: DdlTarget): string {
  return t.cluster ? ` ON CLUSTER ${quote(t.cluster)}` : '';
}

/** The table that holds the data: `<name>_local` on each shard of a cluster, `<name>` itself otherwise. */
export function storageTable(t: DdlTarget, name: string): string {
  return t.cluster ? `${name}_local` : name;
}

/** `ENGINE = X(args)`, or its Replicated form with the conventional Keeper path on a cluster. */
export function engine(t: DdlTarget, kind: TableEngine, table: string, args: readonly string[] = []): string {
  if (!t.cluster) return `ENGINE = ${kind}(${args.join(', ')})`;
  const replicated = [`'/clickhouse/tables/{shard}/${t.database}/${storageTable(t, table)}'`, `'{replica}'`, ...args];
  return `ENGINE = Replicated${kind}(${replicated.join(', ')})`;
}

/**
 * On a cluster, the Distributed table that applications read and write under the plain name; on one node, nothing
 * (the storage table already has the plain name).
 */
export function distributedTable(t: DdlTarget, name: string, shardingKey: string): string[] {
  if (!t.cluster) return [];
  return [
    `CREATE TABLE IF NOT EXISTS ${quote(name)}${onCluster(t)} AS ${quote(storageTable(t, name))} ` +
      `ENGINE = Distributed(${quote(t.cluster)}, ${quote(t.database)}, ${quote(storageTable(t, name))}, ${shardingKey})`,
  ];
}
