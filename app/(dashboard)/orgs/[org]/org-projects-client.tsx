'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useOrgProjects } from '@/components/settings/use-org-projects';
import { Button } from '@/components/ui/button';
import { DataTable, td, th } from '@/components/ui/data-table';
import { fetchJson } from '@/components/ui/fetch-json';
import { Field, TextInput } from '@/components/ui/field';
import { formatWhen } from '@/components/ui/format-when';
import { Notice } from '@/components/ui/notice';

export function OrgProjectsClient({ org, name, canRename, canCreate }: { org: string; name: string; canRename: boolean; canCreate: boolean }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const projects = useOrgProjects(org);
  const [created, setCreated] = useState<{ slug: string; name: string }>();

  const rename = useMutation({
    mutationFn: (newName: string) => fetchJson(`/api/orgs/${org}`, { method: 'PATCH', body: { name: newName } }),
    onSuccess: () => router.refresh(),
  });
  const create = useMutation({
    mutationFn: (v: { name: string; slug?: string }) => fetchJson<{ project: { slug: string; name: string } }>(`/api/orgs/${org}/projects`, { method: 'POST', body: v }),
    onSuccess: (a) => {
      setCreated(a.project);
      void queryClient.invalidateQueries({ queryKey: ['org-projects', org] });
      router.refresh();
    },
  });

  return (
    <div className="space-y-8">
      {canRename ? (
        <form
          className="flex max-w-xl items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            rename.mutate(String(new FormData(e.currentTarget).get('name')));
          }}
        >
          <div className="flex-1">
            <Field label="Organisation name">
              <TextInput name="name" defaultValue={name} required maxLength={80} />
            </Field>
          </div>
          <Button type="submit" variant="secondary" disabled={rename.isPending}>
            Rename
          </Button>
        </form>
      ) : null}
      {rename.error ? <Notice tone="error">{rename.error.message}</Notice> : null}
      {rename.isSuccess ? <Notice tone="success">Organisation renamed.</Notice> : null}

      <section className="space-y-4">
        <h2 className="text-base font-semibold">Projects</h2>
        {projects.error ? <Notice tone="error">{projects.error.message}</Notice> : null}
        <DataTable
          head={
            <tr>
              <th className={th}>Project</th>
              <th className={th}>Slug</th>
              <th className={th}>Retention</th>
              <th className={th}>Created</th>
            </tr>
          }
          empty={projects.data && projects.data.projects.length === 0 ? 'No projects yet.' : undefined}
        >
          {projects.data?.projects.map((p) => (
            <tr key={p.id} data-testid={`project-${p.slug}`}>
              <td className={`${td} font-medium`}>
                <Link className="text-brand-600 hover:underline" href={`/${p.slug}`}>
                  {p.name}
                </Link>
              </td>
              <td className={`${td} font-mono text-xs`}>{p.slug}</td>
              <td className={td}>{p.retentionDays} days</td>
              <td className={`${td} text-slate-500`}>{formatWhen(p.createdAt)}</td>
            </tr>
          ))}
        </DataTable>
        {canCreate ? (
          <form
            className="grid max-w-2xl gap-3 rounded-xl border border-slate-200 bg-white p-4 md:grid-cols-[2fr_1fr_auto] md:items-end dark:border-slate-800 dark:bg-slate-900"
            onSubmit={(e) => {
              e.preventDefault();
              const f = new FormData(e.currentTarget);
              const slug = String(f.get('slug') ?? '').trim();
              create.mutate({ name: String(f.get('projectName')), ...(slug ? { slug } : {}) });
              e.currentTarget.reset();
            }}
          >
            <Field label="New project name">
              <TextInput name="projectName" required maxLength={80} placeholder="Checkout assistant" />
            </Field>
            <Field label="Slug (optional)" hint="made from the name when empty">
              <TextInput name="slug" pattern="[a-z0-9][a-z0-9-]*" maxLength={63} />
            </Field>
            <Button type="submit" disabled={create.isPending}>
              Create project
            </Button>
          </form>
        ) : null}
        {create.error ? <Notice tone="error">{create.error.message}</Notice> : null}
        {created ? (
          <Notice tone="success">
            Project <strong>{created.name}</strong> created.{' '}
            <Link className="underline" href={`/${created.slug}/settings/api-keys`}>
              Create its first API key
            </Link>
            .
          </Notice>
        ) : null}
      </section>
    </div>
  );
}
