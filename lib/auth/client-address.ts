// The address a request came from. server.ts writes the socket's address into CLIENT_ADDRESS_HEADER (replacing
// anything a client sent under that name); X-Forwarded-For is believed only with TOKENMETER_TRUST_PROXY.
import { env } from '@/lib/env';

export const CLIENT_ADDRESS_HEADER = 'x-tokenmeter-client-address';

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export function clientAddress(headers: HeaderSource): string | undefined {
  if (env().TOKENMETER_TRUST_PROXY) {
    const forwarded = header(headers, 'x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return header(headers, CLIENT_ADDRESS_HEADER);
}

export function userAgent(headers: HeaderSource): string | undefined {
  return header(headers, 'user-agent')?.slice(0, 300);
}
