// next-auth's endpoints: sign-in (credentials, OpenID Connect, GitHub), callbacks, CSRF token, session, sign-out.
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/auth-options';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ nextauth: string[] }> };

function handler(request: Request, context: Context): Promise<Response> {
  return (NextAuth as unknown as (req: Request, ctx: Context, options: ReturnType<typeof authOptions>) => Promise<Response>)(request, context, authOptions());
}

export { handler as GET, handler as POST };
