// The receiver as one service: the same object serves /v1/traces on the OTLP port and on the app's port, in
// `npm start` and in the standalone `npm run ingest`.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OtlpSpan } from '@/ingest/otlp/types';
import { spansToRows } from '@/ingest/pipeline/project-pipeline';
import type { Env } from '@/lib/env';
import { findApiKey, type ApiKeyGrant } from '@/lib/db/queries/find-api-key';
import { touchApiKey } from '@/lib/db/queries/touch-api-key';
import { TtlCache } from '@/lib/cache/ttl-cache';
import { log } from '@/lib/log';
import { loadProjectIngestConfig } from '@/lib/projects/ingest-config';
import type { PreparedStores } from '@/lib/stores';
import { handleExport } from './receiver/handle-export';
import { TokenBuckets } from '@/lib/rate-limit/token-buckets';
import { sendStatus } from './receiver/respond';
import { BatchWriter, type WriterStats } from './writer/batch-writer';
import { findStoredSpans, insertSpanRows } from './writer/clickhouse-sink';

export interface IngestService {
  handles(req: IncomingMessage): boolean;
  handle(req: IncomingMessage, res: ServerResponse): void;
  drain(): Promise<void>;
  stats(): WriterStats;
}

// After a restart, an exporter may re-send a batch the previous process stored but never acknowledged; exporters
// give up within about a minute, so checking the store for ten minutes after start covers every such retry.
const LOOKUP_AFTER_START_MS = 10 * 60 * 1000;
const TOUCH_EVERY_MS = 60 * 1000;
/** Without a change notification (a change written straight into Postgres), metadata is at most this stale. */
const METADATA_CACHE_MS = 10 * 1000;

export function createIngestService({ env, stores }: { env: Env; stores: PreparedStores }): IngestService {
  const startedAt = Date.now();
  // Against servers, other ingest processes write too, so a retry may have been stored by any of them.
  const alwaysLookup = stores.clickhouse.mode === 'server';
  const writer = new BatchWriter({
    insert: (rows, token) => insertSpanRows(stores.clickhouse, rows, token),
    findStored: (rows) => findStoredSpans(stores.clickhouse, rows),
    lookupStored: () => alwaysLookup || Date.now() - startedAt < LOOKUP_AFTER_START_MS,
    maxQueuedSpans: env.TOKENMETER_INGEST_QUEUE_SPANS,
    batchSpans: env.TOKENMETER_INGEST_BATCH_SPANS,
    maxDelayMs: env.TOKENMETER_INGEST_BATCH_DELAY_MS,
    concurrency: stores.clickhouse.mode === 'server' ? 4 : 1,
    rememberSpans: 1_000_000,
  });
  const limiter = new TokenBuckets(env.TOKENMETER_KEY_RATE_LIMIT_SPANS, 2);
  const touched = new Map<string, number>();
  // Settings change rarely and are read on every request: one Postgres read per project per interval.
  const projectConfigs = new TtlCache((projectId: string) => loadProjectIngestConfig(stores.postgres.db, projectId), { ttlMs: METADATA_CACHE_MS });
  const keys = new TtlCache((key: string) => findApiKey(stores.postgres.db, key), { ttlMs: METADATA_CACHE_MS, digestKeys: true });
  // A revoked key must stop working with the next request, and a saved setting apply to it: whoever changes them
  // announces it (any process, through Postgres), and the caches drop what they hold.
  void stores.postgres.listen('tokenmeter_api_keys', () => keys.clear()).catch((err: unknown) => {
    log.error('cannot listen for API key changes; revocations take effect within the cache interval', { error: String(err) });
  });
  void stores.postgres.listen('tokenmeter_project_settings', (projectId) => projectConfigs.forget(projectId)).catch((err: unknown) => {
    log.error('cannot listen for project setting changes; they take effect within the cache interval', { error: String(err) });
  });

  const deps = {
    maxBodyBytes: env.TOKENMETER_MAX_BODY_BYTES,
    authenticate: async (key: string) => {
      const grant = await keys.get(key);
      if (grant && Date.now() - (touched.get(grant.keyId) ?? 0) > TOUCH_EVERY_MS) {
        touched.set(grant.keyId, Date.now());
        void touchApiKey(stores.postgres.db, grant.keyId, new Date()).catch(() => undefined);
      }
      return grant;
    },
    rateLimit: (grant: ApiKeyGrant, spans: number) => limiter.take(grant.keyId, spans, grant.spanRateLimit ?? undefined),
    toRows: async (spans: readonly OtlpSpan[], grant: ApiKeyGrant) =>
      spansToRows(spans, { projectId: grant.projectId, retentionDays: grant.retentionDays }, await projectConfigs.get(grant.projectId)),
    submit: (rows: Parameters<BatchWriter['submit']>[0]) => writer.submit([...rows]),
  };

  return {
    handles: (req) => (req.url ?? '').split('?')[0] === '/v1/traces',
    handle: (req, res) => {
      if ((req.url ?? '').split('?')[0] !== '/v1/traces') {
        sendStatus(res, 'json', 404, 'Not found: send spans to POST /v1/traces.');
        return;
      }
      handleExport(req, res, deps).catch((err: unknown) => {
        log.error('unexpected error while receiving spans', { error: err instanceof Error ? err.stack : String(err) });
        sendStatus(res, 'json', 500, 'Tokenmeter failed to process this request; it has been logged.');
      });
    },
    drain: () => writer.drain(),
    stats: () => writer.stats(),
  };
}
