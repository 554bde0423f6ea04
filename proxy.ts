// Runs before every page: a fresh CSP nonce per request, given to Next through the request's policy header (so its
// scripts carry it) and sent to the browser on the response.
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, REQUEST_PATH_HEADER } from '@/lib/http/content-security-policy';

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  // NODE_ENV is fixed at build time by Next; it only decides whether dev tooling may eval.
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  // The address asked for, so a page that sends a signed-out visitor to sign in can bring them back here.
  headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Pages only: API answers are JSON and static files need no nonce. Prefetches reuse the page's policy.
  matcher: [
    {
      source: '/((?!api/|v1/|_next/static|_next/image|favicon).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
