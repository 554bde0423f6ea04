'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { DataTable, td, th } from '@/components/ui/data-table';
import { fetchJson } from '@/components/ui/fetch-json';
import { Field, TextInput } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { formatWhen } from '@/components/ui/format-when';

interface KeyRow {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdBy: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  spanRateLimit: number | null;
  readRateLimit: number | null;
}

function useKeys(project: string) {
  return useQuery({ queryKey: ['api-keys', project], queryFn: () => fetchJson<{ keys: KeyRow[] }>(`/api/projects/${project}/api-keys`) });
}

export function ApiKeysClient({ project, canManage }: { project: string; canManage: boolean }) {
  const queryClient = useQueryClient();
  const keys = useKeys(project);
  const [created, setCreated] = useState<{ key: string; name: string }>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['api-keys', project] });

  const create = useMutation({
    mutationFn: (input: { name: string; scopes: string[]; spanRateLimit: number | null; readRateLimit: number | null }) =>
      fetchJson<{ key: string }>(`/api/projects/${project}/api-keys`, { method: 'POST', body: input }),
    onSuccess: (answer, input) => {
      setCreated({ key: answer.key, name: input.name });
      void refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => fetchJson(`/api/projects/${project}/api-keys/${id}`, { method: 'DELETE' }),
    onSuccess: () => void refresh(),
  });

  return (
    <div className="space-y-6">
      {canManage ? (
        <form
          className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 md:grid-cols-[2fr_auto_1fr_1fr_auto] md:items-end dark:border-slate-800 dark:bg-slate-900"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            const scopes = ['ingest', 'read'].filter((s) => f.get(`scope-${s}`) === 'on');
            const limit = (name: string) => (f.get(name) ? Number(f.get(name)) : null);
            create.mutate({ name: String(f.get('name')), scopes, spanRateLimit: limit('spanRateLimit'), readRateLimit: limit('readRateLimit') });
            e.currentTarget.reset();
          }}
        >
          <Field label="New key name">
            <TextInput name="name" required placeholder="production exporter" />
          </Field>
          <fieldset className="flex gap-3 pb-2 text-sm">
            <legend className="sr-only">Scopes</legend>
            <label className="flex items-center gap-1">
              <input type="checkbox" name="scope-ingest" defaultChecked /> ingest
            </label>
            <label className="flex items-center gap-1">
              <input type="checkbox" name="scope-read" /> read
            </label>
          </fieldset>
          <Field label="Spans / s" hint="empty: default">
            <TextInput name="spanRateLimit" type="number" min={1} />
          </Field>
          <Field label="Reads / min" hint="empty: default">
            <TextInput name="readRateLimit" type="number" min={1} />
          </Field>
          <Button type="submit" disabled={create.isPending}>
            Create key
          </Button>
        </form>
      ) : null}
      {create.error ? <Notice tone="error">{create.error.message}</Notice> : null}
      {created ? (
        <Notice tone="success">
          <div className="mb-1">
            Key <strong>{created.name}</strong> created. Copy it now: it will not be shown again.
          </div>
          <code data-testid="new-api-key" className="block break-all rounded bg-slate-900 px-2 py-1 font-mono text-emerald-300">
            {created.key}
          </code>
        </Notice>
      ) : null}
      {revoke.error ? <Notice tone="error">{revoke.error.message}</Notice> : null}
      {keys.error ? <Notice tone="error">{keys.error.message}</Notice> : null}
      <DataTable
        head={
          <tr>
            <th className={th}>Name</th>
            <th className={th}>Key</th>
            <th className={th}>Scopes</th>
            <th className={th}>Created</th>
            <th className={th}>Last used</th>
            <th className={th}>Status</th>
            <th className={th} />
          </tr>
        }
        empty={keys.data && keys.data.keys.length === 0 ? 'No keys yet.' : undefined}
      >
        {keys.data?.keys.map((k) => (
          <tr key={k.id} data-testid={`key-${k.name}`}>
            <td className={`${td} font-medium`}>{k.name}</td>
            <td className={`${td} font-mono text-xs`}>{k.prefix}…</td>
            <td className={td}>
              <span className="flex gap-1">
                {k.scopes.map((s) => (
                  <Badge key={s} tone="brand">
                    {s}
                  </Badge>
                ))}
              </span>
            </td>
            <td className={`${td} text-slate-500`}>
              {formatWhen(k.createdAt)}
              {k.createdBy ? <div className="text-xs">by {k.createdBy}</div> : null}
            </td>
            <td className={`${td} text-slate-500`}>{k.lastUsedAt ? formatWhen(k.lastUsedAt) : 'never'}</td>
            <td className={td}>{k.revokedAt ? <Badge tone="bad">revoked</Badge> : <Badge tone="good">active</Badge>}</td>
            <td className={`${td} text-right`}>
              {canManage && !k.revokedAt ? (
                <Button
                  variant="danger"
                  disabled={revoke.isPending}
                  onClick={() => {
                    if (window.confirm(`Revoke "${k.name}"? Exporters using it are refused from their next request.`)) revoke.mutate(k.id);
                  }}
                >
                  Revoke
                </Button>
              ) : null}
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
