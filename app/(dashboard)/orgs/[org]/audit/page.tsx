// The organisation's audit log, for owners and admins.
import { PageHeader } from '@/components/ui/page-header';
import { pageOrg } from '@/lib/auth/page-access';
import { AuditClient } from './audit-client';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Audit log' };

export default async function AuditPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const access = await pageOrg(org, 'audit.view', `/orgs/${org}/audit`);
  return (
    <>
      <PageHeader title="Audit log" description="Sign-ins, keys, invitations, roles, settings and prices: who, what, when and from where. Times in UTC." />
      <AuditClient org={access.organization.slug} />
    </>
  );
}
