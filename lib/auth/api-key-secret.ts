// API keys: how they look, how they are hashed for storage, and how much of them may be shown.
import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A new key: `tm_` and 40 random base62 characters (about 238 bits). */
export function generateApiKey(): string {
  const bytes = randomBytes(40);
  let out = 'tm_';
  for (const b of bytes) out += ALPHABET[b % 62];
  return out;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** What lists show of a key: enough to tell keys apart, never enough to use one. */
export function apiKeyPrefix(key: string): string {
  return key.slice(0, 10);
}
