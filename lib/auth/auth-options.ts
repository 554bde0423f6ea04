// next-auth configuration: email + password always; OpenID Connect and GitHub when their variables are set.
// Sessions are signed JWT cookies carrying the account id and its session version; every request re-reads the
// account (lib/auth/session-user.ts), so a removed member or a bumped version loses access at once.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import GitHubProvider from 'next-auth/providers/github';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import { eq } from 'drizzle-orm';
import { users } from '@/drizzle/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db/client';
import { findUserByEmail } from '@/lib/db/queries/find-user-by-email';
import { env } from '@/lib/env';
import { authSecret } from './auth-secret';
import { clientAddress, userAgent } from './client-address';
import { signInWithPassword } from './sign-in-with-password';

export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 3600;

export interface OidcProfile {
  readonly sub: string;
  readonly email?: string;
  readonly email_verified?: boolean;
  readonly name?: string;
  readonly preferred_username?: string;
}

/** The sign-in methods configured, for the sign-in page to show. */
export function ssoProviders(): Array<{ id: string; name: string }> {
  const e = env();
  const out: Array<{ id: string; name: string }> = [];
  if (e.TOKENMETER_OIDC_ISSUER && e.TOKENMETER_OIDC_CLIENT_ID) out.push({ id: 'oidc', name: e.TOKENMETER_OIDC_NAME });
  if (e.TOKENMETER_GITHUB_CLIENT_ID) out.push({ id: 'github', name: 'GitHub' });
  return out;
}

function oidcProvider(issuer: string, clientId: string, clientSecret: string, name: string): OAuthConfig<OidcProfile> {
  return {
    id: 'oidc',
    name,
    type: 'oauth',
    wellKnown: `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`,
    authorization: { params: { scope: 'openid email profile' } },
    idToken: true,
    checks: ['pkce', 'state'],
    clientId,
    clientSecret,
    profile: (p) => ({ id: p.sub, email: p.email_verified === false ? undefined : p.email, name: p.name ?? p.preferred_username ?? null }),
  };
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const e = env();
  const providers: NextAuthOptions['providers'] = [
    CredentialsProvider({
      id: 'credentials',
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, req) {
        const email = credentials?.email ?? '';
        const password = credentials?.password ?? '';
        if (!email || !password) return null;
        const headers = req.headers ?? {};
        const result = await signInWithPassword(await getDb(), email, password, { ip: clientAddress(headers), userAgent: userAgent(headers) });
        if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name };
        if (result.reason === 'throttled') {
          // next-auth passes a thrown message to the sign-in page as `error`.
          throw new Error(`Too many failed sign-ins. Try again in ${Math.ceil(result.retryAfterSeconds / 60)} minute(s).`);
        }
        return null;
      },
    }),
  ];
  if (e.TOKENMETER_OIDC_ISSUER && e.TOKENMETER_OIDC_CLIENT_ID && e.TOKENMETER_OIDC_CLIENT_SECRET) {
    providers.push(oidcProvider(e.TOKENMETER_OIDC_ISSUER, e.TOKENMETER_OIDC_CLIENT_ID, e.TOKENMETER_OIDC_CLIENT_SECRET, e.TOKENMETER_OIDC_NAME));
  }
  if (e.TOKENMETER_GITHUB_CLIENT_ID && e.TOKENMETER_GITHUB_CLIENT_SECRET) {
    providers.push(GitHubProvider({ clientId: e.TOKENMETER_GITHUB_CLIENT_ID, clientSecret: e.TOKENMETER_GITHUB_CLIENT_SECRET }));
  }
  cached = {
    secret: authSecret(),
    providers,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: e.TOKENMETER_PUBLIC_URL?.startsWith('https://') ?? false,
    pages: { signIn: '/sign-in', error: '/sign-in' },
    // next-auth's own logger prints request details on errors; route its messages through ours, without objects.
    logger: {
      error: (code) => process.stderr.write(`next-auth error: ${code}\n`),
      warn: (code) => process.stderr.write(`next-auth warning: ${code}\n`),
      debug: () => {},
    },
    callbacks: {
      // Single sign-on: the provider's verified email names the account; a first sign-on creates it (with no
      // organisation: an invitation link grants access).
      async signIn({ user, account }) {
        if (!account || account.provider === 'credentials') return true;
        const email = user.email?.trim().toLowerCase();
        if (!email) return '/sign-in?error=NoVerifiedEmail';
        const db = await getDb();
        const existing = await findUserByEmail(db, email);
        const row = existing ?? (await db.insert(users).values({ email, name: user.name ?? null }).returning())[0];
        if (!row) return false;
        await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, row.id));
        await recordAudit(db, { action: 'auth.sign_in', actorUserId: row.id, actorEmail: email, details: { method: account.provider } });
        user.id = row.id;
        return true;
      },
      async jwt({ token, user }) {
        if (user) {
          const db = await getDb();
          const row = user.email ? await findUserByEmail(db, user.email) : undefined;
          if (row) {
            token.uid = row.id;
            token.sv = row.sessionVersion;
          }
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, uid: typeof token.uid === 'string' ? token.uid : undefined, sv: typeof token.sv === 'number' ? token.sv : undefined };
      },
    },
  };
  return cached;
}
