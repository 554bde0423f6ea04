'use client';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, TextInput } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';

const MESSAGES: Record<string, string> = {
  CredentialsSignin: 'That email and password do not match an account.',
  NoVerifiedEmail: 'The sign-on provider did not give a verified email address.',
  OAuthSignin: 'Single sign-on could not start; check the provider settings.',
  OAuthCallback: 'Single sign-on did not complete; try again.',
  AccessDenied: 'Access was denied.',
};

function describe(error: string | undefined | null): string | undefined {
  if (!error) return undefined;
  return MESSAGES[error] ?? error;
}

export function SignInForm({ callbackUrl, providers, initialError }: { callbackUrl: string; providers: Array<{ id: string; name: string }>; initialError?: string }) {
  const router = useRouter();
  const [error, setError] = useState(describe(initialError));
  const [busy, setBusy] = useState(false);

  return (
    <div className="space-y-4">
      <form
        className="space-y-3"
        onSubmit={async (e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          setBusy(true);
          setError(undefined);
          const result = await signIn('credentials', { email: String(form.get('email')), password: String(form.get('password')), redirect: false, callbackUrl });
          setBusy(false);
          if (result?.ok && !result.error) router.push(callbackUrl);
          else setError(describe(result?.error) ?? 'Sign-in failed.');
        }}
      >
        <Field label="Email">
          <TextInput name="email" type="email" autoComplete="email" required autoFocus />
        </Field>
        <Field label="Password">
          <TextInput name="password" type="password" autoComplete="current-password" required />
        </Field>
        {error ? <Notice tone="error">{error}</Notice> : null}
        <Button type="submit" disabled={busy} className="w-full">
          {busy ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
      {providers.length > 0 ? (
        <div className="space-y-2 border-t border-slate-200 pt-4 dark:border-slate-800">
          {providers.map((p) => (
            <Button key={p.id} variant="secondary" className="w-full" onClick={() => void signIn(p.id, { callbackUrl })}>
              Continue with {p.name}
            </Button>
          ))}
        </div>
      ) : null}
      <p className="text-xs text-slate-500">No account? Ask an admin of your organisation for an invitation link.</p>
    </div>
  );
}
