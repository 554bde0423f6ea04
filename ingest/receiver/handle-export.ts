// POST /v1/traces: authenticate, read and decode the body, validate each span, hand the valid ones to the pipeline
// and the writer, and answer only when they are stored. Every client error is a 4xx; nothing a client sends can
// crash the process.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { decodeJsonTraces } from '@/ingest/otlp/decode-json';
import { decodeProtobufTraces } from '@/ingest/otlp/decode-protobuf';
import { OtlpDecodeError, type DecodedTraces, type OtlpSpan } from '@/ingest/otlp/types';
import { summariseRejections, validateSpan } from '@/ingest/otlp/validate-span';
import type { SpanRow } from '@/ingest/pipeline/span-row';
import { QueueFullError, StoreUnavailableError } from '@/ingest/writer/batch-writer';
import { API_KEY_HELP, readApiKey } from '@/lib/auth/read-api-key';
import type { ApiKeyGrant } from '@/lib/db/queries/find-api-key';
import { log } from '@/lib/log';
import { ProjectSettingsError } from '@/lib/projects/project-settings-error';
import { BodyError, readBody } from './read-body';
import type { RateDecision } from '@/lib/rate-limit/token-buckets';
import { sendExportSuccess, sendStatus, type WireFormat } from './respond';

export interface ExportDependencies {
  readonly maxBodyBytes: number;
  authenticate(key: string): Promise<ApiKeyGrant | undefined>;
  rateLimit(grant: ApiKeyGrant, spans: number): RateDecision;
  /** The project's pipeline: understand, price and redact valid spans into rows. */
  toRows(spans: readonly OtlpSpan[], grant: ApiKeyGrant): Promise<SpanRow[]>;
  submit(rows: SpanRow[]): Promise<void>;
}

function wireFormat(contentType: string | undefined): WireFormat | undefined {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'application/x-protobuf' || type === 'application/protobuf') return 'protobuf';
  if (type === 'application/json') return 'json';
  return undefined;
}

function decode(format: WireFormat, body: Buffer): DecodedTraces {
  return format === 'protobuf' ? decodeProtobufTraces(body) : decodeJsonTraces(body);
}

export async function handleExport(req: IncomingMessage, res: ServerResponse, deps: ExportDependencies): Promise<void> {
  const format = wireFormat(req.headers['content-type']);
  if (req.method !== 'POST') {
    sendStatus(res, format ?? 'json', 405, 'Use POST to send spans to /v1/traces.', { Allow: 'POST' });
    return;
  }
  if (!format) {
    sendStatus(res, 'json', 415, `Content-Type "${req.headers['content-type'] ?? ''}" is not supported; send application/x-protobuf or application/json.`);
    return;
  }

  const key = readApiKey(req.headers);
  if (!key) {
    sendStatus(res, format, 401, `No API key. ${API_KEY_HELP}`);
    return;
  }
  let grant: ApiKeyGrant | undefined;
  try {
    grant = await deps.authenticate(key);
  } catch (err) {
    log.error('API key lookup failed', { error: err instanceof Error ? err.message : String(err) });
    sendStatus(res, format, 503, 'The metadata store is unavailable; retry later.', { 'Retry-After': '5' });
    return;
  }
  if (!grant) {
    sendStatus(res, format, 401, `The API key was not recognised or has been revoked. ${API_KEY_HELP}`);
    return;
  }
  if (!grant.scopes.includes('ingest')) {
    sendStatus(res, format, 403, 'This API key has no ingest scope; create a key with the ingest scope to send spans.');
    return;
  }

  let decoded: DecodedTraces;
  try {
    decoded = decode(format, await readBody(req, deps.maxBodyBytes));
  } catch (err) {
    if (err instanceof BodyError) {
      sendStatus(res, format, err.status, err.message, err.status === 413 ? { Connection: 'close' } : {});
    } else if (err instanceof OtlpDecodeError) {
      sendStatus(res, format, 400, `The body could not be decoded as an OTLP ${format} ExportTraceServiceRequest: ${err.message}`);
    } else throw err;
    return;
  }

  const decision = deps.rateLimit(grant, decoded.spans.length);
  if (!decision.allowed) {
    sendStatus(res, format, 429, 'This API key is over its span rate limit; retry after the given delay.', {
      'Retry-After': String(decision.retryAfterSeconds),
    });
    return;
  }

  const valid: OtlpSpan[] = [];
  const reasons = new Map<string, number>();
  for (const span of decoded.spans) {
    const reason = validateSpan(span);
    if (reason) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    else valid.push(span);
  }

  let rows: SpanRow[];
  try {
    rows = await deps.toRows(valid, grant);
  } catch (err) {
    if (err instanceof ProjectSettingsError) {
      sendStatus(res, format, 503, err.message, { 'Retry-After': '30' });
      return;
    }
    throw err;
  }

  try {
    if (rows.length > 0) await deps.submit(rows);
  } catch (err) {
    if (err instanceof QueueFullError || err instanceof StoreUnavailableError) {
      sendStatus(res, format, 503, err.message, { 'Retry-After': String(err.retryAfterSeconds) });
      return;
    }
    throw err;
  }
  const rejected = decoded.spans.length - valid.length;
  sendExportSuccess(res, format, rejected > 0 ? { rejectedSpans: rejected, errorMessage: summariseRejections(reasons) } : undefined);
}
