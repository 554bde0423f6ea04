// An organisation's members: roles, per-project access, removal, and invitation links.
import { PageHeader } from '@/components/ui/page-header';
import { pageOrg } from '@/lib/auth/page-access';
import { MembersClient } from './members-client';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Members' };

export default async function MembersPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const access = await pageOrg(org, 'members.view', `/orgs/${org}/members`);
  return (
    <>
      <PageHeader
        title="Members"
        description="Owners and admins manage members and settings; engineers see everything of their projects, prompts included; finance sees costs and budgets but never prompt or output content; viewers see structure and numbers only."
      />
      <MembersClient org={access.organization.slug} canManage={access.can('members.manage')} actorRole={access.role} selfId={access.user.id} />
    </>
  );
}
