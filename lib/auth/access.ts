// Authorisation for route handlers: who is asking (session), in which project or organisation, and may they do this
// (lib/auth/permissions.ts). A project or organisation the caller is not part of answers 404, exactly like one that
// does not exist, so ids and slugs cannot be probed.
import type { Role } from '@/drizzle/schema/roles';
import { getDb } from '@/lib/db/client';
import { getOrgMembership, type OrgMembership } from '@/lib/db/queries/get-org-membership';
import { getProjectMembership, type ProjectMembership } from '@/lib/db/queries/get-project-membership';
import { ApiError } from '@/lib/http/api-error';
import { effectiveProjectRole } from './effective-role';
import { can, type Permission } from './permissions';
import { assertSameOrigin } from './same-origin';
import { getSessionUser, type SessionUser } from './session-user';

export interface ProjectAccess extends ProjectMembership {
  readonly user: SessionUser;
  readonly role: Role;
  can(permission: Permission): boolean;
}

export interface OrgAccess extends OrgMembership {
  readonly user: SessionUser;
  can(permission: Permission): boolean;
}

export async function requireSession(request: Request): Promise<SessionUser> {
  assertSameOrigin(request);
  const user = await getSessionUser();
  if (!user) throw new ApiError(401, 'Sign in first: this needs a session (or use the read API with an API key).');
  return user;
}

/** The caller's access to a project, refusing unless `permission` is granted there. */
export async function resolveProjectAccess(user: SessionUser, projectSlug: string): Promise<ProjectAccess | undefined> {
  const membership = await getProjectMembership(await getDb(), user.id, projectSlug);
  const role = effectiveProjectRole(membership?.orgRole, membership?.override);
  if (!membership || !role) return undefined;
  return { ...membership, user, role, can: (p) => can(role, p) };
}

export async function requireProject(request: Request, projectSlug: string, permission: Permission): Promise<ProjectAccess> {
  const user = await requireSession(request);
  const access = await resolveProjectAccess(user, projectSlug);
  if (!access) throw new ApiError(404, `No project "${projectSlug}" that you can see.`);
  if (!access.can(permission)) throw new ApiError(403, `Your role (${access.role}) in this project does not allow ${permission}.`);
  return access;
}

export async function resolveOrgAccess(user: SessionUser, orgSlug: string): Promise<OrgAccess | undefined> {
  const membership = await getOrgMembership(await getDb(), user.id, orgSlug);
  if (!membership) return undefined;
  return { ...membership, user, can: (p) => can(membership.role, p) };
}

export async function requireOrg(request: Request, orgSlug: string, permission: Permission): Promise<OrgAccess> {
  const user = await requireSession(request);
  const access = await resolveOrgAccess(user, orgSlug);
  if (!access) throw new ApiError(404, `No organisation "${orgSlug}" that you belong to.`);
  if (!access.can(permission)) throw new ApiError(403, `Your role (${access.role}) in this organisation does not allow ${permission}.`);
  return access;
}
