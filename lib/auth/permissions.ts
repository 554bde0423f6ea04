// The one permission table. Every route handler and every page asks `can(role, permission)` (through
// lib/auth/access.ts); nothing else decides who may do what. Importable by client code (no server imports), so the UI
// hides what the server would refuse anyway.
import type { Role } from '@/drizzle/schema/roles';

export const PERMISSIONS = {
  // Project scope: decided by the member's role in that project (organisation role, or the project's override).
  'project.view': ['owner', 'admin', 'engineer', 'finance', 'viewer'],
  // Trace structure and numbers: names, timings, models, tokens, cost, status. Never content.
  'traces.view': ['owner', 'admin', 'engineer', 'finance', 'viewer'],
  // Prompt, output, tool-call, retrieval and attribute content of spans.
  'traces.content': ['owner', 'admin', 'engineer'],
  'costs.view': ['owner', 'admin', 'engineer', 'finance', 'viewer'],
  'costs.export': ['owner', 'admin', 'finance'],
  'budgets.manage': ['owner', 'admin', 'finance'],
  'alerts.view': ['owner', 'admin', 'engineer', 'finance', 'viewer'],
  'alerts.manage': ['owner', 'admin', 'engineer'],
  'prices.manage': ['owner', 'admin', 'finance'],
  // Attribution keys and redaction rules: they decide what is stored, so admins only.
  'project.settings': ['owner', 'admin'],
  'project.rename': ['owner', 'admin'],
  'keys.view': ['owner', 'admin', 'engineer'],
  'keys.manage': ['owner', 'admin', 'engineer'],
  'content.reveal': ['owner', 'admin'],
  'replay.run': ['owner', 'admin', 'engineer'],
  // Organisation scope: decided by the organisation role.
  'org.view': ['owner', 'admin', 'engineer', 'finance', 'viewer'],
  'org.rename': ['owner', 'admin'],
  'projects.create': ['owner', 'admin'],
  'members.view': ['owner', 'admin'],
  'members.manage': ['owner', 'admin'],
  'audit.view': ['owner', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Permissions that are judged by the organisation role rather than a project role. */
export const ORG_PERMISSIONS = [
  'org.view',
  'org.rename',
  'projects.create',
  'members.view',
  'members.manage',
  'audit.view',
] as const satisfies readonly Permission[];

export function can(role: Role | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Every permission a role holds, for the UI to hide what it may not use. */
export function permissionsOf(role: Role | undefined): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}

/** Only owners can make or unmake owners; admins manage everyone else. */
export function canAssignRole(actor: Role, from: Role | undefined, to: Role): boolean {
  if (!can(actor, 'members.manage')) return false;
  if (actor === 'owner') return true;
  return from !== 'owner' && to !== 'owner';
}
