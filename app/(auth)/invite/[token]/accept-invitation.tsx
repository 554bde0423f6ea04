'use client';
import { signIn, signOut } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { fetchJson } from '@/components/ui/fetch-json';
import { Field, TextInput } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';

interface Accepted {
  organization: { slug: string; name: string };
}

export function AcceptInvitation({ token, signedInAs, invitedEmail }: { token: string; signedInAs?: string; invitedEmail?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const url = `/api/invitations/${encodeURIComponent(token)}/accept`;

  if (signedInAs) {
    return (
      <div className="space-y-3">
        <p className="text-sm">
          Signed in as <strong>{signedInAs}</strong>.
        </p>
        {error ? <Notice tone="error">{error}</Notice> : null}
        <div className="flex gap-2">
          <Button
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              try {
                const a = await fetchJson<Accepted>(url, { method: 'POST', body: {} });
                router.push(`/orgs/${a.organization.slug}`);
              } catch (err) {
                setError(err instanceof Error ? err.message : String(err));
                setBusy(false);
              }
            }}
          >
            Accept invitation
          </Button>
          <Button variant="ghost" onClick={() => void signOut({ callbackUrl: `/invite/${token}` })}>
            Use another account
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form
      className="space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const email = String(f.get('email'));
        const password = String(f.get('password'));
        setBusy(true);
        setError(undefined);
        try {
          const a = await fetchJson<Accepted>(url, { method: 'POST', body: { name: String(f.get('name')), email, password } });
          await signIn('credentials', { email, password, redirect: false });
          router.push(`/orgs/${a.organization.slug}`);
        } catch (err) {
          setError(err instanceof Error ? err.message : String(err));
          setBusy(false);
        }
      }}
    >
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Create your account to accept. Have one already?{' '}
        <a className="text-brand-600 hover:underline" href={`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`}>
          Sign in first
        </a>
        .
      </p>
      <Field label="Your name">
        <TextInput name="name" required autoComplete="name" />
      </Field>
      <Field label="Email">
        <TextInput name="email" type="email" required autoComplete="email" defaultValue={invitedEmail} readOnly={Boolean(invitedEmail)} />
      </Field>
      <Field label="Password" hint="At least 10 characters.">
        <TextInput name="password" type="password" required minLength={10} autoComplete="new-password" />
      </Field>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Button type="submit" disabled={busy}>
        {busy ? 'Joining…' : 'Create account and join'}
      </Button>
    </form>
  );
}
