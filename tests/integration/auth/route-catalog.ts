// Every route handler and page of the app, with how it is reached and which permission guards it. The isolation
// test reads the app's file tree and fails for any route file, HTTP method or page that is missing here, so a new
// route cannot be forgotten.
import type { Permission } from '@/lib/auth/permissions';
import type { AccountsFixture } from '../../helpers/accounts-fixture';

export type Access =
  /** Session; judged by the caller's role in the project (404 without access to it). */
  | { readonly kind: 'project'; readonly permission: Permission }
  /** Session; judged by the caller's organisation role (404 when not a member). */
  | { readonly kind: 'org'; readonly permission: Permission }
  /** Any signed-in account. */
  | { readonly kind: 'session' }
  /** Project API key (read scope); sessions do not count. */
  | { readonly kind: 'api-key' }
  /** Open to everyone by design (sign-in, health, first-run setup, invitation links); tested by their own suites. */
  | { readonly kind: 'public'; readonly why: string };

export interface Prepared {
  readonly path: string;
  readonly body?: unknown;
}

export interface RouteCase {
  /** The file under app/, e.g. `api/projects/[project]/api-keys/route.ts`. */
  readonly file: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly access: Access;
  /** A fresh, valid request for one call (mutations get their own target each time, so every allowed call succeeds). */
  prepare(f: AccountsFixture, n: number): Promise<Prepared>;
}

export interface PageCase {
  readonly file: string;
  readonly access: Access;
  path(f: AccountsFixture): string;
}

const at = (path: string, body?: unknown) => async (): Promise<Prepared> => ({ path, body });

async function freshKey(f: AccountsFixture, n: number): Promise<string> {
  const { id } = await f.owner.json<{ id: string }>(`/api/projects/${f.project}/api-keys`, { method: 'POST', body: { name: `to-revoke-${n}`, scopes: ['read'] } });
  return id;
}

async function freshInvitation(f: AccountsFixture): Promise<string> {
  const { id } = await f.owner.json<{ id: string }>(`/api/orgs/${f.org}/invitations`, { method: 'POST', body: { role: 'viewer' } });
  return id;
}

async function freshPrice(f: AccountsFixture, n: number): Promise<string> {
  const { id } = await f.owner.json<{ id: string }>(`/api/projects/${f.project}/prices`, {
    method: 'POST',
    body: { modelPattern: `to-delete-${n}`, effectiveFrom: '2026-01-01', prices: { input: '1', output: '2' } },
  });
  return id;
}

export const ROUTES: readonly RouteCase[] = [
  { file: 'api/auth/[...nextauth]/route.ts', method: 'GET', access: { kind: 'public', why: 'next-auth: CSRF token, session, providers' }, prepare: at('/api/auth/csrf') },
  { file: 'api/auth/[...nextauth]/route.ts', method: 'POST', access: { kind: 'public', why: 'next-auth: sign-in and sign-out (its own CSRF check)' }, prepare: at('/api/auth/signout') },
  { file: 'api/health/route.ts', method: 'GET', access: { kind: 'public', why: 'health check for load balancers; store modes and versions only' }, prepare: at('/api/health') },
  { file: 'api/setup/route.ts', method: 'POST', access: { kind: 'public', why: 'first-run setup; refuses once an account exists' }, prepare: at('/api/setup', {}) },
  { file: 'api/invitations/[token]/accept/route.ts', method: 'POST', access: { kind: 'public', why: 'the invitation token is the credential' }, prepare: at('/api/invitations/not-a-token/accept', {}) },

  { file: 'api/public/spans/route.ts', method: 'GET', access: { kind: 'api-key' }, prepare: at('/api/public/spans?from=0') },
  { file: 'api/public/cost/route.ts', method: 'GET', access: { kind: 'api-key' }, prepare: at('/api/public/cost?from=0') },
  { file: 'api/public/traces/[traceId]/route.ts', method: 'GET', access: { kind: 'api-key' }, prepare: at(`/api/public/traces/${'0'.repeat(31)}1`) },

  { file: 'api/me/route.ts', method: 'GET', access: { kind: 'session' }, prepare: at('/api/me') },
  // Ends the caller's sessions, so it is exercised by the sign-in suite rather than by every identity here.
  { file: 'api/account/sign-out-everywhere/route.ts', method: 'POST', access: { kind: 'public', why: 'tested in sign-in.test.ts (it signs the caller out)' }, prepare: at('/api/me') },

  { file: 'api/orgs/[org]/route.ts', method: 'GET', access: { kind: 'org', permission: 'org.view' }, prepare: async (f) => ({ path: `/api/orgs/${f.org}` }) },
  { file: 'api/orgs/[org]/route.ts', method: 'PATCH', access: { kind: 'org', permission: 'org.rename' }, prepare: async (f) => ({ path: `/api/orgs/${f.org}`, body: { name: 'Test organisation' } }) },
  { file: 'api/orgs/[org]/projects/route.ts', method: 'GET', access: { kind: 'org', permission: 'org.view' }, prepare: async (f) => ({ path: `/api/orgs/${f.org}/projects` }) },
  { file: 'api/orgs/[org]/projects/route.ts', method: 'POST', access: { kind: 'org', permission: 'projects.create' }, prepare: async (f, n) => ({ path: `/api/orgs/${f.org}/projects`, body: { name: `Made by call ${n}` } }) },
  { file: 'api/orgs/[org]/members/route.ts', method: 'GET', access: { kind: 'org', permission: 'members.view' }, prepare: async (f) => ({ path: `/api/orgs/${f.org}/members` }) },
  { file: 'api/orgs/[org]/members/[userId]/route.ts', method: 'PATCH', access: { kind: 'org', permission: 'members.manage' }, prepare: async (f) => ({ path: `/api/orgs/${f.org}/members/${f.target.id}`, body: { role: 'viewer' } }) },
  {
    file: 'api/orgs/[org]/members/[userId]/route.ts',
    method: 'DELETE',
    access: { kind: 'org', permission: 'members.manage' },
    prepare: async (f, n) => ({ path: `/api/orgs/${f.org}/members/${(await f.addMember('viewer', `leaver${n}`)).id}` }),
  },
  { file: 'api/orgs/[org]/invitations/route.ts', method: 'GET', access: { kind: 'org', permission: 'members.manage' }, prepare: async (f) => ({ path: `/api/orgs/${f.org}/invitations` }) },
  { file: 'api/orgs/[org]/invitations/route.ts', method: 'POST', access: { kind: 'org', permission: 'members.manage' }, prepare: async (f) => ({ path: `/api/orgs/${f.org}/invitations`, body: { role: 'viewer' } }) },
  {
    file: 'api/orgs/[org]/invitations/[invitationId]/route.ts',
    method: 'DELETE',
    access: { kind: 'org', permission: 'members.manage' },
    prepare: async (f) => ({ path: `/api/orgs/${f.org}/invitations/${await freshInvitation(f)}` }),
  },
  { file: 'api/orgs/[org]/audit/route.ts', method: 'GET', access: { kind: 'org', permission: 'audit.view' }, prepare: async (f) => ({ path: `/api/orgs/${f.org}/audit` }) },

  { file: 'api/projects/[project]/route.ts', method: 'GET', access: { kind: 'project', permission: 'project.view' }, prepare: async (f) => ({ path: `/api/projects/${f.project}` }) },
  { file: 'api/projects/[project]/route.ts', method: 'PATCH', access: { kind: 'project', permission: 'project.rename' }, prepare: async (f) => ({ path: `/api/projects/${f.project}`, body: { name: 'Test project' } }) },
  {
    file: 'api/projects/[project]/members/[userId]/route.ts',
    method: 'PUT',
    // Needs access to the project, then members.manage in the organisation (the same role for everyone here).
    access: { kind: 'project', permission: 'members.manage' },
    prepare: async (f) => ({ path: `/api/projects/${f.project}/members/${f.target.id}`, body: { role: null } }),
  },
  { file: 'api/projects/[project]/api-keys/route.ts', method: 'GET', access: { kind: 'project', permission: 'keys.view' }, prepare: async (f) => ({ path: `/api/projects/${f.project}/api-keys` }) },
  { file: 'api/projects/[project]/api-keys/route.ts', method: 'POST', access: { kind: 'project', permission: 'keys.manage' }, prepare: async (f, n) => ({ path: `/api/projects/${f.project}/api-keys`, body: { name: `call ${n}`, scopes: ['ingest'] } }) },
  {
    file: 'api/projects/[project]/api-keys/[keyId]/route.ts',
    method: 'DELETE',
    access: { kind: 'project', permission: 'keys.manage' },
    prepare: async (f, n) => ({ path: `/api/projects/${f.project}/api-keys/${await freshKey(f, n)}` }),
  },
  { file: 'api/projects/[project]/settings/route.ts', method: 'GET', access: { kind: 'project', permission: 'project.view' }, prepare: async (f) => ({ path: `/api/projects/${f.project}/settings` }) },
  { file: 'api/projects/[project]/settings/route.ts', method: 'PUT', access: { kind: 'project', permission: 'project.settings' }, prepare: async (f) => ({ path: `/api/projects/${f.project}/settings`, body: { attribution: { tenantKeys: ['customer.id'] } } }) },
  { file: 'api/projects/[project]/prices/route.ts', method: 'GET', access: { kind: 'project', permission: 'costs.view' }, prepare: async (f) => ({ path: `/api/projects/${f.project}/prices` }) },
  {
    file: 'api/projects/[project]/prices/route.ts',
    method: 'POST',
    access: { kind: 'project', permission: 'prices.manage' },
    prepare: async (f, n) => ({ path: `/api/projects/${f.project}/prices`, body: { modelPattern: `model-${n}`, effectiveFrom: '2026-01-01', prices: { input: '1.5', output: '6' } } }),
  },
  {
    file: 'api/projects/[project]/prices/[priceId]/route.ts',
    method: 'DELETE',
    access: { kind: 'project', permission: 'prices.manage' },
    prepare: async (f, n) => ({ path: `/api/projects/${f.project}/prices/${await freshPrice(f, n)}` }),
  },
];

export const PAGES: readonly PageCase[] = [
  { file: 'page.tsx', access: { kind: 'session' }, path: () => '/' },
  { file: '(auth)/sign-in/page.tsx', access: { kind: 'public', why: 'sign-in' }, path: () => '/sign-in' },
  { file: '(auth)/setup/page.tsx', access: { kind: 'public', why: 'first-run setup; redirects once set up' }, path: () => '/setup' },
  { file: '(auth)/invite/[token]/page.tsx', access: { kind: 'public', why: 'invitation link' }, path: () => '/invite/not-a-token' },
  { file: '(dashboard)/[project]/page.tsx', access: { kind: 'project', permission: 'project.view' }, path: (f) => `/${f.project}` },
  { file: '(dashboard)/[project]/settings/page.tsx', access: { kind: 'project', permission: 'project.view' }, path: (f) => `/${f.project}/settings` },
  { file: '(dashboard)/[project]/settings/api-keys/page.tsx', access: { kind: 'project', permission: 'keys.view' }, path: (f) => `/${f.project}/settings/api-keys` },
  { file: '(dashboard)/[project]/settings/prices/page.tsx', access: { kind: 'project', permission: 'costs.view' }, path: (f) => `/${f.project}/settings/prices` },
  { file: '(dashboard)/orgs/[org]/page.tsx', access: { kind: 'org', permission: 'org.view' }, path: (f) => `/orgs/${f.org}` },
  { file: '(dashboard)/orgs/[org]/members/page.tsx', access: { kind: 'org', permission: 'members.view' }, path: (f) => `/orgs/${f.org}/members` },
  { file: '(dashboard)/orgs/[org]/audit/page.tsx', access: { kind: 'org', permission: 'audit.view' }, path: (f) => `/orgs/${f.org}/audit` },
];
