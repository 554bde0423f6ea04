// An organisation's projects, its name, and a new project.
import { PageHeader } from '@/components/ui/page-header';
import { pageOrg } from '@/lib/auth/page-access';
import { OrgProjectsClient } from './org-projects-client';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Organisation' };

export default async function OrganizationPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const access = await pageOrg(org, 'org.view', `/orgs/${org}`);
  return (
    <>
      <PageHeader title={access.organization.name} description={`Organisation · ${access.organization.slug}`} />
      <OrgProjectsClient
        org={access.organization.slug}
        name={access.organization.name}
        canRename={access.can('org.rename')}
        canCreate={access.can('projects.create')}
      />
    </>
  );
}
