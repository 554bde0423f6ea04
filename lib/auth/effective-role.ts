// A member's role in one project: the organisation role unless the project overrides it. Owners are never
// overridden (an organisation must not be able to lock its owners out); `none` removes access to the project.
import type { ProjectRole, Role } from '@/drizzle/schema/roles';

export function effectiveProjectRole(orgRole: Role | undefined | null, override: ProjectRole | undefined | null): Role | undefined {
  if (!orgRole) return undefined;
  if (orgRole === 'owner' || !override) return orgRole;
  return override === 'none' ? undefined : override;
}
