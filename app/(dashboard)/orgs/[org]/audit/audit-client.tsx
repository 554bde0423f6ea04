'use client';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { DataTable, td, th } from '@/components/ui/data-table';
import { fetchJson } from '@/components/ui/fetch-json';
import { Field, Select } from '@/components/ui/field';
import { formatWhen } from '@/components/ui/format-when';
import { Notice } from '@/components/ui/notice';
import { AUDIT_ACTIONS, type AuditAction } from '@/lib/audit/actions';

interface Entry {
  id: number;
  action: AuditAction;
  actorEmail: string | null;
  target: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  userAgent: string | null;
  createdAt: string;
  projectSlug: string | null;
}

/** Details as plain `key=value` text: never rendered as markup. */
function describeDetails(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('  ');
}

export function AuditClient({ org }: { org: string }) {
  const [action, setAction] = useState<AuditAction | ''>('');
  const entries = useInfiniteQuery({
    queryKey: ['audit', org, action],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) => {
      const q = new URLSearchParams({ limit: '50' });
      if (pageParam) q.set('before', String(pageParam));
      if (action) q.set('action', action);
      return fetchJson<{ entries: Entry[]; nextBefore: number | null }>(`/api/orgs/${org}/audit?${q}`);
    },
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
  const rows = entries.data?.pages.flatMap((p) => p.entries) ?? [];

  return (
    <div className="space-y-4">
      <div className="max-w-xs">
        <Field label="Action">
          <Select value={action} onChange={(e) => setAction(e.target.value as AuditAction | '')}>
            <option value="">All actions</option>
            {(Object.keys(AUDIT_ACTIONS) as AuditAction[]).map((a) => (
              <option key={a} value={a}>
                {AUDIT_ACTIONS[a]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {entries.error ? <Notice tone="error">{entries.error.message}</Notice> : null}
      <DataTable
        head={
          <tr>
            <th className={th}>When</th>
            <th className={th}>Who</th>
            <th className={th}>What</th>
            <th className={th}>Target</th>
            <th className={th}>Project</th>
            <th className={th}>From</th>
            <th className={th}>Details</th>
          </tr>
        }
        empty={entries.isSuccess && rows.length === 0 ? 'Nothing recorded yet.' : undefined}
      >
        {rows.map((e) => (
          <tr key={e.id} data-testid="audit-entry">
            <td className={`${td} whitespace-nowrap text-slate-500`}>{formatWhen(e.createdAt)}</td>
            <td className={td}>{e.actorEmail ?? '—'}</td>
            <td className={`${td} font-medium`}>{AUDIT_ACTIONS[e.action] ?? e.action}</td>
            <td className={td}>{e.target ?? ''}</td>
            <td className={`${td} font-mono text-xs`}>{e.projectSlug ?? ''}</td>
            <td className={`${td} font-mono text-xs`} title={e.userAgent ?? undefined}>
              {e.ip ?? ''}
            </td>
            <td className={`${td} max-w-md truncate font-mono text-xs text-slate-500`} title={describeDetails(e.details)}>
              {describeDetails(e.details)}
            </td>
          </tr>
        ))}
      </DataTable>
      {entries.hasNextPage ? (
        <Button variant="secondary" disabled={entries.isFetchingNextPage} onClick={() => void entries.fetchNextPage()}>
          Older entries
        </Button>
      ) : null}
    </div>
  );
}
