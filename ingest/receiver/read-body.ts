// Reads a request body within a byte limit that holds before and after decompression: a gzip bomb stops at the
// limit instead of filling memory.
import type { IncomingMessage } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gunzip = promisify(zlib.gunzip);

export class BodyError extends Error {
  constructor(readonly status: 400 | 413 | 415, message: string) {
    super(message);
    this.name = 'BodyError';
  }
}

function tooLarge(limit: number, when: string): BodyError {
  return new BodyError(413, `The request body is larger than ${limit} bytes ${when}; send smaller batches (or raise TOKENMETER_MAX_BODY_BYTES).`);
}

export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const encoding = String(req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== 'gzip' && encoding !== 'x-gzip' && encoding !== '') {
    throw new BodyError(415, `Content-Encoding "${encoding}" is not supported; send gzip or no encoding.`);
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit, 'as sent');

  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    received += chunk.length;
    if (received > limit) throw tooLarge(limit, 'as sent');
    chunks.push(chunk);
  }
  const raw = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, received);
  if (encoding !== 'gzip' && encoding !== 'x-gzip') return raw;
  try {
    return await gunzip(raw, { maxOutputLength: limit });
  } catch (err) {
    if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw tooLarge(limit, 'after decompression');
    }
    throw new BodyError(400, 'The body is not valid gzip data although Content-Encoding says gzip.');
  }
}
