// The link a person opens to accept an invitation: on TOKENMETER_PUBLIC_URL when set, else on the address the
// inviter is using (its Host header, which server.ts pins unless a trusted proxy sets X-Forwarded-Host).
import { env } from '@/lib/env';

export function invitationLink(request: Request, token: string): string {
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  const proto = request.headers.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  const base = env().TOKENMETER_PUBLIC_URL ?? (host ? `${proto}://${host}` : new URL(request.url).origin);
  return new URL(`/invite/${token}`, base).toString();
}
