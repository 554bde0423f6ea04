// The front door: first-run setup while nobody has an account, sign-in without a session, otherwise the first
// project the person can open (or, with none, their organisations and what to do next).
import { redirect } from 'next/navigation';
import { AppShell } from '@/components/shell/app-shell';
import { loadShell } from '@/components/shell/load-shell';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getSessionUser } from '@/lib/auth/session-user';
import { getDb } from '@/lib/db/client';
import { countUsers } from '@/lib/db/queries/count-users';

export const dynamic = 'force-dynamic';

export default async function FrontDoor() {
  if ((await countUsers(await getDb())) === 0) redirect('/setup');
  const user = await getSessionUser();
  if (!user) redirect('/sign-in');
  const shell = await loadShell(user);
  const first = shell.projects[0];
  if (first) redirect(`/${first.slug}`);
  return (
    <AppShell {...shell}>
      <PageHeader title="No projects yet" />
      <Card>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {shell.organizations.length === 0
            ? 'Your account is not a member of any organisation. Ask an admin for an invitation link.'
            : 'You have no project to open in your organisations. An owner or admin can create one, or give you access to one.'}
        </p>
      </Card>
    </AppShell>
  );
}
