// Authorisation for pages (server components): the same decisions as lib/auth/access.ts, answered the way a page
// answers: no session -> the sign-in page (and back here afterwards), no access -> 404, no permission -> 403.
import { headers } from 'next/headers';
import { forbidden, notFound, redirect } from 'next/navigation';
import { REQUEST_PATH_HEADER } from '@/lib/http/content-security-policy';
import type { Permission } from './permissions';
import { resolveOrgAccess, resolveProjectAccess, type OrgAccess, type ProjectAccess } from './access';
import { getSessionUser, type SessionUser } from './session-user';

/** `returnTo` is used when the proxy did not say which address was asked for (a layout only knows its own). */
export async function pageUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) {
    const asked = (await headers()).get(REQUEST_PATH_HEADER);
    const back = asked && asked.startsWith('/') && !asked.startsWith('//') ? asked : returnTo;
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(back)}`);
  }
  return user;
}

export async function pageProject(projectSlug: string, permission: Permission, returnTo: string): Promise<ProjectAccess> {
  const user = await pageUser(returnTo);
  const access = await resolveProjectAccess(user, projectSlug);
  if (!access) notFound();
  if (!access.can(permission)) forbidden();
  return access;
}

export async function pageOrg(orgSlug: string, permission: Permission, returnTo: string): Promise<OrgAccess> {
  const user = await pageUser(returnTo);
  const access = await resolveOrgAccess(user, orgSlug);
  if (!access) notFound();
  if (!access.can(permission)) forbidden();
  return access;
}
