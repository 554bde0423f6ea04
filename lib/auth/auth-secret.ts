// The secret that signs session cookies: NEXTAUTH_SECRET, or one created once under the data directory so that the
// README's single command works without configuration and sessions survive restarts.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir, env } from '@/lib/env';

let cached: string | undefined;

export function authSecret(): string {
  if (cached) return cached;
  const e = env();
  if (e.NEXTAUTH_SECRET) return (cached = e.NEXTAUTH_SECRET);
  const file = path.join(dataDir(e), 'auth-secret');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // `wx`: two processes starting together cannot both write; the loser reads the winner's secret.
    fs.writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  cached = fs.readFileSync(file, 'utf8').trim();
  if (cached.length < 32) throw new Error(`${file} holds no usable secret: delete it (sessions will end) or set NEXTAUTH_SECRET.`);
  return cached;
}
