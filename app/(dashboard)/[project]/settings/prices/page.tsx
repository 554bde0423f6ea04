// A project's own prices: overrides of the built-in catalog from a date on, per model pattern.
import { PageHeader } from '@/components/ui/page-header';
import { pageProject } from '@/lib/auth/page-access';
import { SettingsTabs } from '../settings-tabs';
import { PricesClient } from './prices-client';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Prices' };

export default async function PricesPage({ params }: { params: Promise<{ project: string }> }) {
  const { project } = await params;
  const access = await pageProject(project, 'costs.view', `/${project}/settings/prices`);
  return (
    <>
      <PageHeader title="Project settings" description={access.project.name} />
      <SettingsTabs access={access} />
      <PricesClient project={access.project.slug} />
    </>
  );
}
