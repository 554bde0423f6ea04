// What server.ts does to each UI request before Next sees it: record the socket's address for throttling and the
// audit log, and pin the protocol / host headers next-auth builds its URLs from, so a client cannot spoof them
// unless TOKENMETER_TRUST_PROXY says a proxy in front sets them.
import type { IncomingMessage } from 'node:http';
import type { Env } from '@/lib/env';
import { CLIENT_ADDRESS_HEADER } from './client-address';

export function prepareUiRequest(req: IncomingMessage, e: Env): void {
  req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? '';
  if (!e.TOKENMETER_TRUST_PROXY) {
    delete req.headers['x-forwarded-host'];
    delete req.headers['x-forwarded-for'];
    req.headers['x-forwarded-proto'] = 'http';
  } else {
    req.headers['x-forwarded-proto'] ??= 'http';
  }
}

/**
 * next-auth reads its public address from the process environment: NEXTAUTH_URL when Tokenmeter has a public URL,
 * otherwise it takes each request's host (safe because prepareUiRequest controls the headers it reads).
 */
export function configureNextAuthEnvironment(e: Env): void {
  if (e.TOKENMETER_PUBLIC_URL) process.env.NEXTAUTH_URL = e.TOKENMETER_PUBLIC_URL;
  else process.env.AUTH_TRUST_HOST = 'true';
}
