// A running Tokenmeter with one organisation, two projects and a signed-in person for every role, created through
// the app's own endpoints (invitations accepted over HTTP, sign-in through next-auth): the cast of the access tests.
import { ROLES, type Role } from '@/drizzle/schema/roles';
import { createScratchDatabase } from './postgres-server';
import { startServer, TEST_ADMIN, type ServerHandle } from './server-process';
import { SessionClient } from './session-client';
import { tempDir } from './temp-dir';

export type Identity = Role | 'outsider';

export interface AccountsFixture {
  readonly server: ServerHandle;
  readonly org: string;
  /** The project every role is tested in, and a second one the outsider belongs to. */
  readonly project: string;
  readonly otherProject: string;
  readonly users: Record<Identity, { readonly client: SessionClient; readonly email: string; readonly id: string }>;
  readonly owner: SessionClient;
  /** A member (viewer) whose role the member routes may change. */
  readonly target: { readonly id: string; readonly email: string };
  /** Joins the organisation as a new person through a fresh invitation; returns their id and a signed-in client. */
  addMember(role: Role, label: string): Promise<{ id: string; email: string; client: SessionClient }>;
  close(): Promise<void>;
}

export const PASSWORD = 'a-long-test-password';
export type StoreMode = 'embedded' | 'server';

export async function startAccountsFixture(mode: StoreMode, extraEnv: Record<string, string> = {}): Promise<AccountsFixture> {
  const tmp = tempDir(`accounts-${mode}`);
  const scratch = mode === 'server' ? await createScratchDatabase() : undefined;
  const server = await startServer({ dataDir: tmp.dir, env: { ...(scratch ? { DATABASE_URL: scratch.url } : {}), ...extraEnv } });
  const owner = new SessionClient(server.baseUrl);
  if (!(await owner.signIn(TEST_ADMIN.email, TEST_ADMIN.password))) throw new Error(`The initial admin could not sign in.\n${server.output()}`);
  const org = 'test-project';
  const project = 'test-project';
  const { project: second } = await owner.json<{ project: { slug: string } }>(`/api/orgs/${org}/projects`, { method: 'POST', body: { name: 'Second project' } });

  let n = 0;
  const addMember = async (role: Role, label: string) => {
    n += 1;
    const email = `${label}-${n}@example.com`;
    const { link } = await owner.json<{ link: string }>(`/api/orgs/${org}/invitations`, { method: 'POST', body: { role } });
    const token = link.split('/invite/')[1] ?? '';
    const client = new SessionClient(server.baseUrl);
    await client.json(`/api/invitations/${token}/accept`, { method: 'POST', body: { name: label, email, password: PASSWORD } });
    if (!(await client.signIn(email, PASSWORD))) throw new Error(`${email} could not sign in`);
    const me = await client.json<{ user: { id: string } }>('/api/me');
    return { id: me.user.id, email, client };
  };

  const ownerMe = await owner.json<{ user: { id: string } }>('/api/me');
  const users = { owner: { client: owner, email: TEST_ADMIN.email, id: ownerMe.user.id } } as Record<Identity, { client: SessionClient; email: string; id: string }>;
  for (const role of ROLES.filter((r) => r !== 'owner')) users[role] = await addMember(role, role);
  // The outsider is an engineer of the organisation with no access to `project`, only to the second project.
  const outsider = await addMember('engineer', 'outsider');
  await owner.json(`/api/projects/${project}/members/${outsider.id}`, { method: 'PUT', body: { role: 'none' } });
  users.outsider = outsider;
  const target = await addMember('viewer', 'target');

  return {
    server,
    org,
    project,
    otherProject: second.slug,
    users,
    owner,
    target: { id: target.id, email: target.email },
    addMember,
    close: async () => {
      await server.stop();
      await scratch?.drop();
      tmp.cleanup();
    },
  };
}
