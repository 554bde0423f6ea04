// Sign-in: email + password, and single sign-on buttons for the providers that are configured.
import { redirect } from 'next/navigation';
import { ssoProviders } from '@/lib/auth/auth-options';
import { getSessionUser } from '@/lib/auth/session-user';
import { getDb } from '@/lib/db/client';
import { countUsers } from '@/lib/db/queries/count-users';
import { AuthFrame } from '../auth-frame';
import { SignInForm } from './sign-in-form';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Sign in' };

/** Only paths on this site: a callback URL must never send someone elsewhere after signing in. */
function safeCallback(value: string | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const params = await searchParams;
  if ((await countUsers(await getDb())) === 0) redirect('/setup');
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  return (
    <AuthFrame title="Sign in to Tokenmeter">
      <SignInForm callbackUrl={callbackUrl} providers={ssoProviders()} initialError={params.error} />
    </AuthFrame>
  );
}
