// A project's API keys: create (shown once), list with prefix, scopes, creator and last use, revoke.
import { PageHeader } from '@/components/ui/page-header';
import { pageProject } from '@/lib/auth/page-access';
import { SettingsTabs } from '../settings-tabs';
import { ApiKeysClient } from './api-keys-client';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'API keys' };

export default async function ApiKeysPage({ params }: { params: Promise<{ project: string }> }) {
  const { project } = await params;
  const access = await pageProject(project, 'keys.view', `/${project}/settings/api-keys`);
  return (
    <>
      <PageHeader title="Project settings" description={access.project.name} />
      <SettingsTabs access={access} />
      <ApiKeysClient project={access.project.slug} canManage={access.can('keys.manage')} />
    </>
  );
}
