// How calls fail. A low background rate of the usual suspects (429s, 5xx, timeouts) plus short provider incidents:
// an incident window raises one provider's error rate sharply for part of an hour, which is what makes error-rate
// alerts and "example failing traces" links worth demoing. Incidents depend only on (seed, hour), so backfill and
// live mode agree about when they happen.
import { Rng } from '../random';
import type { ProviderId } from '../catalog/models';
import type { StepError } from './types';

export type FailureKind = 'rate_limit' | 'overloaded' | 'server' | 'timeout' | 'connection' | 'context_length';

export interface Incident {
  readonly provider: ProviderId;
  readonly kind: FailureKind;
  readonly errorRate: number;
}

const HOUR_MS = 3_600_000;

export function incidentAt(seed: number, absoluteMs: number): Incident | undefined {
  const hour = Math.floor(absoluteMs / HOUR_MS);
  const rng = Rng.derive(seed, 'incident', hour);
  if (!rng.chance(0.02)) return undefined;
  const startMinute = rng.int(0, 40);
  const lengthMinutes = rng.int(12, 55);
  const minute = (absoluteMs - hour * HOUR_MS) / 60_000;
  if (minute < startMinute || minute > startMinute + lengthMinutes) return undefined;
  const [provider, kind] = rng.weighted<readonly [ProviderId, FailureKind]>([
    [['anthropic', 'overloaded'], 4],
    [['openai', 'rate_limit'], 4],
    [['google', 'server'], 1],
    [['openai', 'timeout'], 1],
  ]);
  return { provider, kind, errorRate: rng.float(0.25, 0.55) };
}

const BACKGROUND_FAILURE_RATE = 0.018;

export function pickFailure(rng: Rng, provider: ProviderId, incident: Incident | undefined): FailureKind | undefined {
  if (incident && incident.provider === provider && rng.chance(incident.errorRate)) return incident.kind;
  if (!rng.chance(BACKGROUND_FAILURE_RATE)) return undefined;
  return rng.weighted<FailureKind>([
    ['rate_limit', 40],
    ['server', 15],
    ['overloaded', provider === 'anthropic' ? 20 : 0],
    ['timeout', 12],
    ['connection', 8],
    ['context_length', 5],
  ]);
}

export function isRetryable(kind: FailureKind): boolean {
  return kind === 'rate_limit' || kind === 'overloaded' || kind === 'server' || kind === 'connection';
}

/** How long a failing call takes before the error surfaces, in ms. */
export function failureDurationMs(rng: Rng, kind: FailureKind): number {
  switch (kind) {
    case 'rate_limit':
      return rng.float(60, 400);
    case 'overloaded':
      return rng.float(900, 4000);
    case 'server':
      return rng.float(800, 9000);
    case 'timeout':
      return rng.pick([30_000, 60_000]) + rng.float(0, 40);
    case 'connection':
      return rng.float(20, 1500);
    case 'context_length':
      return rng.float(90, 300);
  }
}

interface ErrorShape {
  readonly type: string;
  readonly exceptionType: string;
  readonly message: string;
}

function shapeOf(rng: Rng, kind: FailureKind, provider: ProviderId, model: string): ErrorShape {
  switch (kind) {
    case 'rate_limit':
      if (provider === 'anthropic') {
        return { type: '429', exceptionType: 'RateLimitError', message: `429 {"type":"error","error":{"type":"rate_limit_error","message":"Number of request tokens has exceeded your per-minute rate limit"}}` };
      }
      if (provider === 'google') return { type: '429', exceptionType: 'ResourceExhausted', message: '429 Resource has been exhausted (e.g. check quota).' };
      return {
        type: '429', exceptionType: 'RateLimitError',
        message: `429 Rate limit reached for ${model} in organization org-${rng.hex(24)} on tokens per min (TPM): Limit 800000, Used ${rng.int(780000, 799000)}, Requested ${rng.int(2000, 30000)}. Please try again in ${rng.int(1, 9)}.${rng.int(100, 999)}s.`,
      };
    case 'overloaded':
      return { type: '529', exceptionType: 'OverloadedError', message: '529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}' };
    case 'server':
      return { type: '500', exceptionType: 'InternalServerError', message: '500 The server had an error while processing your request. Sorry about that!' };
    case 'timeout':
      return { type: 'timeout', exceptionType: 'APITimeoutError', message: 'Request timed out.' };
    case 'connection':
      return { type: 'ECONNRESET', exceptionType: 'APIConnectionError', message: 'Connection error: read ECONNRESET' };
    case 'context_length':
      return {
        type: '400', exceptionType: 'BadRequestError',
        message: `400 This model's maximum context length is 128000 tokens. However, your messages resulted in ${rng.int(128001, 190000)} tokens. Please reduce the length of the messages.`,
      };
  }
}

function stackFor(runtime: 'nodejs' | 'python', shape: ErrorShape, provider: ProviderId): string {
  if (runtime === 'python') {
    const pkg = provider === 'anthropic' ? 'anthropic' : 'openai';
    return [
      'Traceback (most recent call last):',
      `  File "/app/.venv/lib/python3.12/site-packages/${pkg}/_base_client.py", line 1061, in request`,
      '    raise self._make_status_error_from_response(err.response) from None',
      `${pkg}.${shape.exceptionType}: ${shape.message}`,
    ].join('\n');
  }
  const pkg = provider === 'anthropic' ? '@anthropic-ai/sdk' : 'openai';
  return [
    `${shape.exceptionType}: ${shape.message}`,
    `    at APIError.generate (/app/node_modules/${pkg}/core/error.mjs:63:20)`,
    `    at ${provider === 'anthropic' ? 'Anthropic' : 'OpenAI'}.makeStatusError (/app/node_modules/${pkg}/client.mjs:481:25)`,
    `    at ${provider === 'anthropic' ? 'Anthropic' : 'OpenAI'}.makeRequest (/app/node_modules/${pkg}/client.mjs:663:30)`,
    '    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)',
  ].join('\n');
}

export function llmError(rng: Rng, kind: FailureKind, provider: ProviderId, model: string, runtime: 'nodejs' | 'python'): StepError {
  const shape = shapeOf(rng, kind, provider, model);
  return { ...shape, stacktrace: stackFor(runtime, shape, provider) };
}

/** A failure of the application's own code (a tool or a vector store), not of a model provider. */
export function appError(rng: Rng, what: string, runtime: 'nodejs' | 'python'): StepError {
  const shape = rng.pick<ErrorShape>([
    { type: 'ETIMEDOUT', exceptionType: 'Error', message: `${what}: connect ETIMEDOUT 10.0.${rng.int(1, 40)}.${rng.int(2, 250)}:443` },
    { type: '404', exceptionType: 'HTTPError', message: `${what}: upstream responded 404 Not Found` },
    { type: '503', exceptionType: 'HTTPError', message: `${what}: upstream responded 503 Service Unavailable` },
  ]);
  const stack = runtime === 'python'
    ? `Traceback (most recent call last):\n  File "/app/src/tools.py", line ${rng.int(20, 300)}, in call\n    resp.raise_for_status()\nhttpx.${shape.exceptionType}: ${shape.message}`
    : `${shape.exceptionType}: ${shape.message}\n    at callTool (/app/dist/tools/index.js:${rng.int(20, 300)}:11)\n    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)`;
  return { ...shape, stacktrace: stack };
}
