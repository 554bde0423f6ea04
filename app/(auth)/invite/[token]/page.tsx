// An invitation link: shows which organisation and role it grants, then joins as the signed-in account or
// registers a new one.
import { findInvitation } from '@/lib/accounts/find-invitation';
import { getSessionUser } from '@/lib/auth/session-user';
import { getDb } from '@/lib/db/client';
import { Notice } from '@/components/ui/notice';
import { AuthFrame } from '../../auth-frame';
import { AcceptInvitation } from './accept-invitation';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Invitation' };

const GONE: Record<string, string> = {
  accepted: 'This invitation link has been used already.',
  revoked: 'This invitation was withdrawn.',
  expired: 'This invitation link has expired.',
};

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findInvitation(await getDb(), token);
  if (!invitation || invitation.state !== 'open') {
    return (
      <AuthFrame title="Invitation">
        <Notice tone="error">{invitation ? GONE[invitation.state] : 'This invitation link is not valid.'} Ask an admin for a new one.</Notice>
      </AuthFrame>
    );
  }
  const user = await getSessionUser();
  return (
    <AuthFrame title={`Join ${invitation.organizationName}`}>
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-300">
        You are invited as <strong>{invitation.role}</strong>
        {invitation.email ? (
          <>
            {' '}
            (for <strong>{invitation.email}</strong>)
          </>
        ) : null}
        . The link works once and expires on {invitation.expiresAt.toISOString().slice(0, 10)}.
      </p>
      <AcceptInvitation token={token} signedInAs={user?.email} invitedEmail={invitation.email ?? undefined} />
    </AuthFrame>
  );
}
