// The dashboard frame around an organisation's pages, with their tabs.
import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { loadShell } from '@/components/shell/load-shell';
import { Tabs } from '@/components/ui/tabs';
import { pageOrg } from '@/lib/auth/page-access';

export const dynamic = 'force-dynamic';

export default async function OrgLayout({ children, params }: { children: ReactNode; params: Promise<{ org: string }> }) {
  const { org } = await params;
  const access = await pageOrg(org, 'org.view', `/orgs/${org}`);
  const shell = await loadShell(access.user);
  const base = `/orgs/${access.organization.slug}`;
  const tabs = [{ href: base, label: 'Projects' }];
  if (access.can('members.view')) tabs.push({ href: `${base}/members`, label: 'Members' });
  if (access.can('audit.view')) tabs.push({ href: `${base}/audit`, label: 'Audit log' });
  return (
    <AppShell {...shell}>
      <div className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-400">Organisation · {access.role}</div>
      <Tabs items={tabs} />
      {children}
    </AppShell>
  );
}
