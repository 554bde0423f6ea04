// A project's general settings: its name, the attribute keys that carry tenant / feature / user / session, and what
// is redacted before storage.
import { PageHeader } from '@/components/ui/page-header';
import { pageProject } from '@/lib/auth/page-access';
import { GeneralSettingsClient } from './general-settings-client';
import { SettingsTabs } from './settings-tabs';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Project settings' };

export default async function ProjectSettingsPage({ params }: { params: Promise<{ project: string }> }) {
  const { project } = await params;
  const access = await pageProject(project, 'project.view', `/${project}/settings`);
  return (
    <>
      <PageHeader title="Project settings" description={access.project.name} />
      <SettingsTabs access={access} />
      <GeneralSettingsClient project={access.project.slug} name={access.project.name} canRename={access.can('project.rename')} />
    </>
  );
}
