// Role names, importable by client code without pulling drizzle into the browser bundle.
export const ROLES = ['owner', 'admin', 'engineer', 'finance', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
export const API_KEY_SCOPES = ['ingest', 'read'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];
