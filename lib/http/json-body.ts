// Reads a JSON request body and checks it against a schema; a malformed body is a 400 that says what is wrong.
import type { z } from 'zod';
import { ApiError } from './api-error';

const MAX_JSON_BYTES = 256 * 1024;

export async function jsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/json')) throw new ApiError(415, 'Send a JSON body with Content-Type: application/json.');
  const text = await request.text();
  if (text.length > MAX_JSON_BYTES) throw new ApiError(413, 'The request body is too large.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'The request body is not valid JSON.');
  }
  return schema.parse(value);
}
