'use client';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { fetchJson } from '@/components/ui/fetch-json';
import { Field, TextInput } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SendSpansSnippet } from '@/components/projects/send-spans-snippet';

interface SetupAnswer {
  organization: string;
  project: string;
  apiKey: string;
}

export function SetupForm({ otlpPort }: { otlpPort: number }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<SetupAnswer & { email: string; password: string }>();

  if (done) {
    return (
      <div className="space-y-4">
        <Notice tone="success">Your organisation and project are ready.</Notice>
        <p className="text-sm">This is the project&apos;s first API key. It is shown only now: copy it somewhere safe.</p>
        <code data-testid="new-api-key" className="block break-all rounded-lg bg-slate-900 px-3 py-2 font-mono text-sm text-emerald-300">
          {done.apiKey}
        </code>
        <SendSpansSnippet otlpPort={otlpPort} apiKey={done.apiKey} />
        <Button
          onClick={async () => {
            await signIn('credentials', { email: done.email, password: done.password, redirect: false });
            router.push(`/${done.project}`);
          }}
        >
          Continue to {done.project}
        </Button>
      </div>
    );
  }

  return (
    <form
      className="space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const input = {
          name: String(f.get('name')),
          email: String(f.get('email')),
          password: String(f.get('password')),
          organizationName: String(f.get('organizationName')),
          projectName: String(f.get('projectName')),
        };
        setBusy(true);
        setError(undefined);
        try {
          const answer = await fetchJson<SetupAnswer>('/api/setup', { method: 'POST', body: input });
          setDone({ ...answer, email: input.email, password: input.password });
        } catch (err) {
          setError(err instanceof Error ? err.message : String(err));
        } finally {
          setBusy(false);
        }
      }}
    >
      <p className="text-sm text-slate-600 dark:text-slate-300">No account exists yet. Create the owner account, your organisation and a first project.</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Your name">
          <TextInput name="name" required autoComplete="name" />
        </Field>
        <Field label="Email">
          <TextInput name="email" type="email" required autoComplete="email" />
        </Field>
      </div>
      <Field label="Password" hint="At least 10 characters.">
        <TextInput name="password" type="password" required minLength={10} autoComplete="new-password" />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Organisation">
          <TextInput name="organizationName" required placeholder="Acme Inc." />
        </Field>
        <Field label="First project">
          <TextInput name="projectName" required placeholder="Support bot" />
        </Field>
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Button type="submit" disabled={busy}>
        {busy ? 'Creating…' : 'Create and continue'}
      </Button>
      <p className="text-xs text-slate-500">
        Headless installs can do the same with the <code>TOKENMETER_INIT_*</code> variables (see the README).
      </p>
    </form>
  );
}
