// The dashboard frame around every page of a project. Each page checks its own permission too: a layout is not
// re-rendered on client-side navigation, so it cannot be the only gate.
import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { loadShell } from '@/components/shell/load-shell';
import { pageProject } from '@/lib/auth/page-access';
import { permissionsOf } from '@/lib/auth/permissions';

export const dynamic = 'force-dynamic';

export default async function ProjectLayout({ children, params }: { children: ReactNode; params: Promise<{ project: string }> }) {
  const { project } = await params;
  const access = await pageProject(project, 'project.view', `/${project}`);
  const shell = await loadShell(access.user);
  return (
    <AppShell {...shell} current={{ slug: access.project.slug, permissions: permissionsOf(access.role) }}>
      {children}
    </AppShell>
  );
}
