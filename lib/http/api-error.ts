// Typed errors that route handlers throw; `route()` maps them to one JSON envelope: {"error": {"message": ...}}.
import { ZodError } from 'zod';
import { AccountError, type AccountErrorKind } from '@/lib/accounts/account-error';
import { log } from '@/lib/log';
import { RedactionConfigError } from '@/lib/redaction';

const ACCOUNT_ERROR_STATUS: Record<AccountErrorKind, number> = { invalid: 400, forbidden: 403, not_found: 404, conflict: 409, gone: 410 };

export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
    this.name = 'ApiError';
  }
}

export function errorResponse(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { message } }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

/** Wraps a route handler: ApiError and invalid parameters become 4xx answers, anything else a logged 500. */
export function route<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (err) {
      if (err instanceof ApiError) return errorResponse(err.status, err.message, err.headers);
      if (err instanceof AccountError) return errorResponse(ACCOUNT_ERROR_STATUS[err.kind], err.message);
      if (err instanceof RedactionConfigError) return errorResponse(400, err.message);
      if (err instanceof ZodError) {
        const first = err.issues[0];
        const where = first?.path.length ? `${first.path.join('.')}: ` : '';
        return errorResponse(400, `Invalid request: ${where}${first?.message ?? 'bad parameters'}`);
      }
      log.error('unhandled error in route', { error: err instanceof Error ? err.stack : String(err) });
      return errorResponse(500, 'Internal error; it has been logged.');
    }
  };
}
