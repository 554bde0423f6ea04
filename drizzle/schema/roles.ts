// Role names, importable by client code without pulling drizzle into the browser bundle.
export const ROLES = ['owner', 'admin', 'engineer', 'finance', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
// A project can override a member's organisation role, including `none`: no access to that project at all.
export const PROJECT_ROLES = ['admin', 'engineer', 'finance', 'viewer', 'none'] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];
export const API_KEY_SCOPES = ['ingest', 'read'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];
