'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useOrgProjects } from '@/components/settings/use-org-projects';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { DataTable, td, th } from '@/components/ui/data-table';
import { fetchJson } from '@/components/ui/fetch-json';
import { Field, Select, TextInput } from '@/components/ui/field';
import { formatWhen } from '@/components/ui/format-when';
import { Notice } from '@/components/ui/notice';
import { ROLES, type Role } from '@/drizzle/schema/roles';

interface Member {
  userId: string;
  email: string;
  name: string | null;
  role: Role;
  joinedAt: string;
  lastSignInAt: string | null;
  projectRoles: Record<string, string>;
}

interface Invitation {
  id: string;
  role: Role;
  email: string | null;
  createdBy: string | null;
  createdAt: string;
  expiresAt: string;
}

const PROJECT_ACCESS = [
  { value: '', label: 'organisation role' },
  { value: 'admin', label: 'admin' },
  { value: 'engineer', label: 'engineer' },
  { value: 'finance', label: 'finance' },
  { value: 'viewer', label: 'viewer' },
  { value: 'none', label: 'no access' },
];

export function MembersClient({ org, canManage, actorRole, selfId }: { org: string; canManage: boolean; actorRole: Role; selfId: string }) {
  const queryClient = useQueryClient();
  const members = useQuery({ queryKey: ['members', org], queryFn: () => fetchJson<{ members: Member[] }>(`/api/orgs/${org}/members`) });
  const invitations = useQuery({
    queryKey: ['invitations', org],
    queryFn: () => fetchJson<{ invitations: Invitation[] }>(`/api/orgs/${org}/invitations`),
    enabled: canManage,
  });
  const projects = useOrgProjects(org);
  const [link, setLink] = useState<{ url: string; expiresAt: string }>();
  const [copied, setCopied] = useState(false);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['members', org] });
    void queryClient.invalidateQueries({ queryKey: ['invitations', org] });
  };

  const changeRole = useMutation({
    mutationFn: (v: { userId: string; role: Role }) => fetchJson(`/api/orgs/${org}/members/${v.userId}`, { method: 'PATCH', body: { role: v.role } }),
    onSettled: refresh,
  });
  const setProjectRole = useMutation({
    mutationFn: (v: { userId: string; project: string; role: string }) =>
      fetchJson(`/api/projects/${v.project}/members/${v.userId}`, { method: 'PUT', body: { role: v.role === '' ? null : v.role } }),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (userId: string) => fetchJson(`/api/orgs/${org}/members/${userId}`, { method: 'DELETE' }),
    onSettled: refresh,
  });
  const invite = useMutation({
    mutationFn: (v: { role: Role; email: string }) => fetchJson<{ link: string; expiresAt: string }>(`/api/orgs/${org}/invitations`, { method: 'POST', body: v }),
    onSuccess: (a) => {
      setLink({ url: a.link, expiresAt: a.expiresAt });
      setCopied(false);
      refresh();
    },
  });
  const revokeInvitation = useMutation({
    mutationFn: (id: string) => fetchJson(`/api/orgs/${org}/invitations/${id}`, { method: 'DELETE' }),
    onSettled: refresh,
  });
  const assignable = ROLES.filter((r) => actorRole === 'owner' || r !== 'owner');
  const error = changeRole.error ?? setProjectRole.error ?? remove.error ?? revokeInvitation.error ?? members.error;

  return (
    <div className="space-y-8">
      {error ? <Notice tone="error">{error.message}</Notice> : null}
      <DataTable
        head={
          <tr>
            <th className={th}>Member</th>
            <th className={th}>Role</th>
            <th className={th}>Project access</th>
            <th className={th}>Last sign-in</th>
            <th className={th} />
          </tr>
        }
      >
        {members.data?.members.map((m) => {
          const editable = canManage && (actorRole === 'owner' || m.role !== 'owner');
          return (
            <tr key={m.userId} data-testid={`member-${m.email}`}>
              <td className={td}>
                <div className="font-medium">{m.name ?? m.email}</div>
                <div className="text-xs text-slate-500">{m.email}</div>
              </td>
              <td className={td}>
                {editable ? (
                  <Select aria-label={`Role of ${m.email}`} value={m.role} onChange={(e) => changeRole.mutate({ userId: m.userId, role: e.target.value as Role })} className="w-32">
                    {(assignable.includes(m.role) ? assignable : [m.role, ...assignable]).map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                  </Select>
                ) : (
                  <Badge tone={m.role === 'owner' ? 'brand' : 'neutral'}>{m.role}</Badge>
                )}
              </td>
              <td className={td}>
                {m.role === 'owner' ? (
                  <span className="text-xs text-slate-500">every project</span>
                ) : (
                  <div className="flex flex-wrap gap-2">
                    {projects.data?.projects.map((p) =>
                      editable ? (
                        <label key={p.slug} className="flex items-center gap-1 text-xs">
                          <span className="text-slate-500">{p.name}</span>
                          <Select
                            aria-label={`Access of ${m.email} to ${p.name}`}
                            value={m.projectRoles[p.slug] ?? ''}
                            onChange={(e) => setProjectRole.mutate({ userId: m.userId, project: p.slug, role: e.target.value })}
                            className="w-36 py-0.5 text-xs"
                          >
                            {PROJECT_ACCESS.map((o) => (
                              <option key={o.value} value={o.value}>
                                {o.label}
                              </option>
                            ))}
                          </Select>
                        </label>
                      ) : m.projectRoles[p.slug] ? (
                        <Badge key={p.slug}>
                          {p.name}: {m.projectRoles[p.slug] === 'none' ? 'no access' : m.projectRoles[p.slug]}
                        </Badge>
                      ) : null,
                    )}
                  </div>
                )}
              </td>
              <td className={`${td} text-slate-500`}>{m.lastSignInAt ? formatWhen(m.lastSignInAt) : 'never'}</td>
              <td className={`${td} text-right`}>
                {editable && m.userId !== selfId ? (
                  <Button
                    variant="danger"
                    onClick={() => {
                      if (window.confirm(`Remove ${m.email} from the organisation? Their access ends at once.`)) remove.mutate(m.userId);
                    }}
                  >
                    Remove
                  </Button>
                ) : null}
              </td>
            </tr>
          );
        })}
      </DataTable>

      {canManage ? (
        <section className="space-y-4">
          <h2 className="text-base font-semibold">Invite someone</h2>
          <form
            className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 md:grid-cols-[1fr_2fr_auto] md:items-end dark:border-slate-800 dark:bg-slate-900"
            onSubmit={(e) => {
              e.preventDefault();
              const f = new FormData(e.currentTarget);
              invite.mutate({ role: String(f.get('role')) as Role, email: String(f.get('email') ?? '') });
            }}
          >
            <Field label="Invite as">
              <Select name="role" defaultValue="engineer">
                {assignable.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Only for this email (optional)">
              <TextInput name="email" type="email" placeholder="anyone with the link" />
            </Field>
            <Button type="submit" disabled={invite.isPending}>
              Create invitation link
            </Button>
          </form>
          {invite.error ? <Notice tone="error">{invite.error.message}</Notice> : null}
          {link ? (
            <Notice tone="success">
              <div className="mb-1">
                Send this link yourself: it works once and expires on {formatWhen(link.expiresAt)}. It is not shown again.
              </div>
              <div className="flex items-center gap-2">
                <code data-testid="invitation-link" className="block flex-1 break-all rounded bg-slate-900 px-2 py-1 font-mono text-emerald-300">
                  {link.url}
                </code>
                <Button
                  variant="secondary"
                  onClick={async () => {
                    await navigator.clipboard.writeText(link.url).catch(() => undefined);
                    setCopied(true);
                  }}
                >
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              </div>
            </Notice>
          ) : null}
          <DataTable
            head={
              <tr>
                <th className={th}>Open invitation</th>
                <th className={th}>Role</th>
                <th className={th}>Created</th>
                <th className={th}>Expires</th>
                <th className={th} />
              </tr>
            }
            empty={invitations.data && invitations.data.invitations.length === 0 ? 'No open invitations.' : undefined}
          >
            {invitations.data?.invitations.map((i) => (
              <tr key={i.id}>
                <td className={td}>{i.email ?? <span className="text-slate-500">anyone with the link</span>}</td>
                <td className={td}>
                  <Badge>{i.role}</Badge>
                </td>
                <td className={`${td} text-slate-500`}>
                  {formatWhen(i.createdAt)}
                  {i.createdBy ? <div className="text-xs">by {i.createdBy}</div> : null}
                </td>
                <td className={`${td} text-slate-500`}>{formatWhen(i.expiresAt)}</td>
                <td className={`${td} text-right`}>
                  <Button variant="danger" onClick={() => revokeInvitation.mutate(i.id)}>
                    Revoke
                  </Button>
                </td>
              </tr>
            ))}
          </DataTable>
        </section>
      ) : null}
    </div>
  );
}
