// Where a request carries its API key: `Authorization: Bearer <key>` or `x-api-key: <key>`.
import type { IncomingHttpHeaders } from 'node:http';

export const API_KEY_HELP = 'Send your project API key as `Authorization: Bearer <key>` or `x-api-key: <key>`.';

export function readApiKey(headers: IncomingHttpHeaders | Headers): string | undefined {
  const get = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const auth = get('authorization')?.trim();
  if (auth) {
    const match = /^Bearer\s+(\S+)$/i.exec(auth);
    if (match?.[1]) return match[1];
  }
  const header = get('x-api-key')?.trim();
  return header ? header : undefined;
}
