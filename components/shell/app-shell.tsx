// The dashboard frame: sidebar (logo, project switcher, sections, organisation settings, account) and the page.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Logo } from '@/components/ui/logo';
import type { Permission } from '@/lib/auth/permissions';
import { NavLinks, type NavItem } from './nav-links';
import { ProjectSwitcher, type SwitcherProject } from './project-switcher';
import { UserMenu } from './user-menu';

export interface ShellProps {
  readonly user: { readonly email: string; readonly name: string | null };
  readonly projects: readonly SwitcherProject[];
  readonly current?: { readonly slug: string; readonly permissions: readonly Permission[] };
  readonly organizations: ReadonlyArray<{ readonly slug: string; readonly name: string; readonly permissions: readonly Permission[] }>;
  readonly children: ReactNode;
}

function projectItems(slug: string, permissions: readonly Permission[]): NavItem[] {
  const items: NavItem[] = [{ href: `/${slug}`, label: 'Overview' }];
  if (permissions.includes('project.view')) items.push({ href: `/${slug}/settings`, label: 'Project settings', prefix: true });
  return items;
}

export function AppShell({ user, projects, current, organizations, children }: ShellProps) {
  return (
    <div className="flex min-h-screen">
      <aside className="sticky top-0 flex h-screen w-60 shrink-0 flex-col gap-4 border-r border-slate-200 bg-white px-3 py-4 dark:border-slate-800 dark:bg-slate-900">
        <Link href="/" className="px-2">
          <Logo />
        </Link>
        {projects.length > 0 ? <ProjectSwitcher projects={projects} current={current?.slug} /> : null}
        {current ? <NavLinks label="Project" items={projectItems(current.slug, current.permissions)} /> : null}
        <div className="mt-2">
          <div className="px-3 pb-1 text-xs font-semibold uppercase tracking-wide text-slate-400">Organisation</div>
          <NavLinks label="Organisations" items={organizations.map((o) => ({ href: `/orgs/${o.slug}`, label: o.name, prefix: true }))} />
        </div>
        <div className="mt-auto">
          <UserMenu email={user.email} name={user.name} />
        </div>
      </aside>
      <main className="min-w-0 flex-1 px-8 py-8">{children}</main>
    </div>
  );
}
