// Sign-in and account hardening against the real server: wrong passwords, throttling per account and per address,
// sessions that end when they should, invitation links that work once, owners that cannot be locked out, CSRF
// refusal, security headers and cookies, and no secrets in the server log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAccountsFixture, PASSWORD, type AccountsFixture } from '../../helpers/accounts-fixture';
import { TEST_ADMIN } from '../../helpers/server-process';
import { SessionClient } from '../../helpers/session-client';

describe('sign-in and sessions', () => {
  let f: AccountsFixture;

  beforeAll(async () => {
    // A trusted proxy lets each test speak from its own address; an https public URL makes cookies Secure.
    f = await startAccountsFixture('embedded', { TOKENMETER_TRUST_PROXY: 'true', TOKENMETER_PUBLIC_URL: 'https://tokenmeter.example.com' });
  }, 240_000);
  afterAll(async () => {
    await f?.close();
  });

  const from = (ip: string) => ({ 'X-Forwarded-For': ip });

  it('refuses a wrong password and records the failure for the organisation’s admins', async () => {
    const c = new SessionClient(f.server.baseUrl);
    expect(await c.signIn(f.users.engineer.email, 'not the password', from('10.0.0.1'))).toBe(false);
    expect((await c.fetch('/api/me')).status).toBe(401);
    const audit = await f.owner.json<{ entries: Array<{ action: string; actorEmail: string; ip: string }> }>(`/api/orgs/${f.org}/audit?action=auth.sign_in_failed`);
    expect(audit.entries.some((e) => e.actorEmail === f.users.engineer.email && e.ip === '10.0.0.1')).toBe(true);
  });

  it('throttles an account after five failures, even with the right password, and says when to retry', async () => {
    const { email } = await f.addMember('viewer', 'throttled');
    for (let i = 0; i < 5; i++) expect(await new SessionClient(f.server.baseUrl).signIn(email, `wrong-${i}`, from(`10.1.0.${i}`))).toBe(false);
    const c = new SessionClient(f.server.baseUrl);
    const csrf = (await (await c.fetch('/api/auth/csrf')).json()) as { csrfToken: string };
    const r = await c.fetch('/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...from('10.1.0.99') },
      body: new URLSearchParams({ csrfToken: csrf.csrfToken, email, password: PASSWORD, json: 'true' }).toString(),
    });
    expect(c.signedIn).toBe(false);
    // next-auth answers a JSON sign-in with the error page's URL, which carries our message.
    const url = r.headers.get('location') ?? ((await r.json()) as { url: string }).url;
    expect(decodeURIComponent(url)).toMatch(/Too many failed sign-ins\. Try again in \d+ minute/);
  });

  it('throttles an address after twenty failures, whichever accounts it tries', async () => {
    for (let i = 0; i < 20; i++) expect(await new SessionClient(f.server.baseUrl).signIn(`nobody-${i}@example.com`, 'guess', from('10.2.0.1'))).toBe(false);
    expect(await new SessionClient(f.server.baseUrl).signIn(f.users.admin.email, PASSWORD, from('10.2.0.1'))).toBe(false);
    // The same account from another address is fine.
    expect(await new SessionClient(f.server.baseUrl).signIn(f.users.admin.email, PASSWORD, from('10.2.0.2'))).toBe(true);
  });

  it('ends every session of an account on "sign out everywhere"', async () => {
    const { email } = await f.addMember('engineer', 'leaving');
    const laptop = new SessionClient(f.server.baseUrl);
    const phone = new SessionClient(f.server.baseUrl);
    expect(await laptop.signIn(email, PASSWORD, from('10.3.0.1'))).toBe(true);
    expect(await phone.signIn(email, PASSWORD, from('10.3.0.1'))).toBe(true);
    expect((await phone.fetch('/api/me')).status).toBe(200);
    expect((await laptop.fetch('/api/account/sign-out-everywhere', { method: 'POST' })).status).toBe(200);
    expect((await phone.fetch('/api/me')).status).toBe(401);
    expect((await laptop.fetch('/api/me')).status).toBe(401);
    expect((await new SessionClient(f.server.baseUrl).fetch('/api/account/sign-out-everywhere', { method: 'POST' })).status).toBe(401);
  });

  it('takes a removed member’s access away on their next request', async () => {
    const member = await f.addMember('engineer', 'removed');
    expect((await member.client.fetch(`/api/projects/${f.project}`)).status).toBe(200);
    expect((await f.owner.fetch(`/api/orgs/${f.org}/members/${member.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await member.client.fetch(`/api/projects/${f.project}`)).status).toBe(404);
  });

  it('lets an invitation link be used once, and not after it is withdrawn', async () => {
    const { link } = await f.owner.json<{ link: string }>(`/api/orgs/${f.org}/invitations`, { method: 'POST', body: { role: 'viewer' } });
    expect(link.startsWith('https://tokenmeter.example.com/invite/')).toBe(true);
    const token = link.split('/invite/')[1];
    const first = await new SessionClient(f.server.baseUrl).fetch(`/api/invitations/${token}/accept`, { method: 'POST', body: { name: 'A', email: 'once-a@example.com', password: PASSWORD } });
    expect(first.status).toBe(200);
    const second = await new SessionClient(f.server.baseUrl).fetch(`/api/invitations/${token}/accept`, { method: 'POST', body: { name: 'B', email: 'once-b@example.com', password: PASSWORD } });
    expect(second.status).toBe(410);

    const withdrawn = await f.owner.json<{ id: string; link: string }>(`/api/orgs/${f.org}/invitations`, { method: 'POST', body: { role: 'viewer' } });
    await f.owner.json(`/api/orgs/${f.org}/invitations/${withdrawn.id}`, { method: 'DELETE' });
    const late = await new SessionClient(f.server.baseUrl).fetch(`/api/invitations/${withdrawn.link.split('/invite/')[1]}/accept`, {
      method: 'POST',
      body: { name: 'C', email: 'late@example.com', password: PASSWORD },
    });
    expect(late.status).toBe(410);
    expect(await new SessionClient(f.server.baseUrl).signIn('late@example.com', PASSWORD, from('10.4.0.1'))).toBe(false);
  });

  it('keeps an owner: the last owner cannot be demoted or removed, admins cannot make owners', async () => {
    const ownerId = f.users.owner.id;
    expect((await f.owner.fetch(`/api/orgs/${f.org}/members/${ownerId}`, { method: 'PATCH', body: { role: 'admin' } })).status).toBe(409);
    expect((await f.owner.fetch(`/api/orgs/${f.org}/members/${ownerId}`, { method: 'DELETE' })).status).toBe(409);
    const admin = f.users.admin.client;
    expect((await admin.fetch(`/api/orgs/${f.org}/members/${f.target.id}`, { method: 'PATCH', body: { role: 'owner' } })).status).toBe(403);
    expect((await admin.fetch(`/api/orgs/${f.org}/members/${ownerId}`, { method: 'PATCH', body: { role: 'viewer' } })).status).toBe(403);
    expect((await admin.fetch(`/api/orgs/${f.org}/invitations`, { method: 'POST', body: { role: 'owner' } })).status).toBe(403);
  });

  it('refuses session mutations from another site or without an Origin', async () => {
    const body = { name: 'csrf', scopes: ['read'] };
    const evil = await f.owner.fetch(`/api/projects/${f.project}/api-keys`, { method: 'POST', body, headers: { Origin: 'https://evil.example' } });
    expect(evil.status).toBe(403);
    const bare = await fetch(`${f.server.baseUrl}/api/projects/${f.project}/api-keys`, {
      method: 'POST',
      headers: { Cookie: f.owner.cookieHeader, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(bare.status).toBe(403);
    const keys = await f.owner.json<{ keys: Array<{ name: string }> }>(`/api/projects/${f.project}/api-keys`);
    expect(keys.keys.map((k) => k.name)).not.toContain('csrf');
  });

  it('sends a nonce-based CSP, anti-framing and referrer headers, and Secure, HttpOnly, SameSite session cookies', async () => {
    const page = await new SessionClient(f.server.baseUrl).fetch('/sign-in');
    const csp = page.headers.get('content-security-policy') ?? '';
    const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    const html = await page.text();
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
    // Every script element of the page carries this response's nonce.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');

    const csrf = await fetch(`${f.server.baseUrl}/api/auth/csrf`);
    const cookie = csrf.headers.getSetCookie().find((c) => c.includes('csrf-token')) ?? '';
    expect(cookie).toMatch(/^__Host-next-auth\.csrf-token=/);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const r = await fetch(`${f.server.baseUrl}/api/auth/callback/credentials`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie.split(';')[0] ?? '', ...from('10.5.0.1') },
      body: new URLSearchParams({ csrfToken, email: TEST_ADMIN.email, password: TEST_ADMIN.password, json: 'true' }).toString(),
    });
    const session = r.headers.getSetCookie().find((s) => s.includes('session-token')) ?? '';
    expect(session).toMatch(/^__Secure-next-auth\.session-token=/);
    expect(session).toMatch(/; Secure/i);
    expect(session).toMatch(/; HttpOnly/i);
    expect(session).toMatch(/; SameSite=Lax/i);
  });

  it('writes no password, API key or session token to the server log', async () => {
    const { key } = await f.owner.json<{ key: string }>(`/api/projects/${f.project}/api-keys`, { method: 'POST', body: { name: 'log check', scopes: ['read'] } });
    await fetch(`${f.server.baseUrl}/api/public/spans?from=0`, { headers: { Authorization: `Bearer ${key}` } });
    const log = f.server.output();
    for (const secret of [PASSWORD, TEST_ADMIN.password, key, f.server.apiKey, 'not the password']) expect(log).not.toContain(secret);
    expect(log).not.toMatch(/session-token=/);
  });
});
