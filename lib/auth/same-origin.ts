// CSRF protection for session-authenticated mutations: the browser must say the request comes from this site.
// Browsers send Origin on every POST / PUT / PATCH / DELETE; Sec-Fetch-Site covers the rare case without it.
// (Session cookies are also SameSite=Lax.) API-key routes need none of this: a key is never sent automatically.
import { ApiError } from '@/lib/http/api-error';
import { env } from '@/lib/env';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function ownOrigins(request: Request): Set<string> {
  const origins = new Set<string>();
  const publicUrl = env().TOKENMETER_PUBLIC_URL;
  if (publicUrl) origins.add(new URL(publicUrl).origin);
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (host) {
    origins.add(`http://${host}`);
    origins.add(`https://${host}`);
  }
  return origins;
}

export function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  const origin = request.headers.get('origin');
  if (origin) {
    if (ownOrigins(request).has(origin)) return;
    throw new ApiError(403, `Cross-site request refused: Origin ${origin} is not this site. Use the Tokenmeter UI, or an API key for scripts.`);
  }
  if (request.headers.get('sec-fetch-site') === 'same-origin') return;
  throw new ApiError(403, 'Cross-site request refused: the request carries no Origin header. Use the Tokenmeter UI, or an API key for scripts.');
}
