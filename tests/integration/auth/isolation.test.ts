// Invariant 6, from the outside: every route handler and page of the app (enumerated from app/, so a new one cannot
// be forgotten) is called with no session, as an outsider (an organisation member without access to the project),
// and as each role; the answers must be what lib/auth/permissions.ts says. Every answer given to finance and viewer
// is scanned for prompt and output text planted in the project. Runs on embedded Postgres and on a Postgres server.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '@/drizzle/schema/roles';
import { can } from '@/lib/auth/permissions';
import { startAccountsFixture, type AccountsFixture, type Identity, type StoreMode } from '../../helpers/accounts-fixture';
import { jsonBody, postTraces } from '../../helpers/otlp-bodies';
import { hex, readableSpan } from '../../helpers/otel-spans';
import { SessionClient } from '../../helpers/session-client';
import { PAGES, ROUTES, type Access } from './route-catalog';

const APP = path.resolve(import.meta.dirname, '../../../app');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const PLANTED_PROMPT = 'PLANTED-PROMPT-q7Zk2 what is the refund policy for order 5521';
const PLANTED_OUTPUT = 'PLANTED-OUTPUT-w9Xe4 refunds take five days';
const PLANTED_ATTRIBUTE = 'PLANTED-ATTRIBUTE-m3Vt8';

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) found.add(m[1] as string);
  for (const m of source.matchAll(/export\s*\{([^}]+)\}/g)) {
    for (const part of (m[1] as string).split(',')) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim();
      if (name && (METHODS as readonly string[]).includes(name)) found.add(name);
    }
  }
  return [...found].sort();
}

const files = walk(APP).map((f) => path.relative(APP, f).split(path.sep).join('/'));
const routeMethods = files
  .filter((f) => f.endsWith('/route.ts'))
  .flatMap((file) => exportedMethods(fs.readFileSync(path.join(APP, file), 'utf8')).map((method) => `${method} ${file}`));
const pages = files.filter((f) => f === 'page.tsx' || f.endsWith('/page.tsx'));

describe('the route catalog', () => {
  it('lists every route handler method in app/ and nothing that is not there', () => {
    expect(routeMethods.length).toBeGreaterThan(20);
    expect(ROUTES.map((r) => `${r.method} ${r.file}`).sort()).toEqual([...routeMethods].sort());
  });

  it('lists every page in app/ and nothing that is not there', () => {
    expect(PAGES.map((p) => p.file).sort()).toEqual([...pages].sort());
  });
});

type Expected = 'allowed' | 401 | 403 | 404;

function expected(access: Access, who: Identity): Expected {
  if (access.kind === 'session') return 'allowed';
  if (access.kind === 'project') {
    if (who === 'outsider') return 404;
    return can(who, access.permission) ? 'allowed' : 403;
  }
  if (access.kind === 'org') return can(who === 'outsider' ? 'engineer' : who, access.permission) ? 'allowed' : 403;
  return 401;
}

const IDENTITIES: readonly Identity[] = [...ROLES, 'outsider'];

describe.each<StoreMode>(['embedded', 'server'])('with %s Postgres', (mode) => {
  let f: AccountsFixture;
  let call = 0;
  // What finance and viewer were sent, to be scanned for content at the end.
  const seenByNoContentRoles: string[] = [];

  beforeAll(async () => {
    f = await startAccountsFixture(mode);
    const traceId = hex(16);
    const body = jsonBody([
      readableSpan({
        traceId,
        spanId: hex(8),
        name: 'chat gpt-4o-mini',
        startMs: Date.now() - 60_000,
        durationMs: 900,
        attributes: {
          'gen_ai.operation.name': 'chat',
          'gen_ai.request.model': 'gpt-4o-mini',
          'gen_ai.usage.input_tokens': 20,
          'gen_ai.usage.output_tokens': 8,
          'gen_ai.input.messages': JSON.stringify([{ role: 'user', parts: [{ type: 'text', content: PLANTED_PROMPT }] }]),
          'gen_ai.output.messages': JSON.stringify([{ role: 'assistant', parts: [{ type: 'text', content: PLANTED_OUTPUT }] }]),
          'app.note': PLANTED_ATTRIBUTE,
          'tenant.id': 'acme',
        },
      }),
    ]);
    const r = await postTraces(f.server.otlpUrl, body, { 'Content-Type': 'application/json', Authorization: `Bearer ${f.server.apiKey}` });
    expect(r.status).toBe(200);
    // The plant is really there: the project's read key sees the prompt.
    const read = await fetch(`${f.server.baseUrl}/api/public/traces/${traceId}`, { headers: { Authorization: `Bearer ${f.server.apiKey}` } });
    expect(await read.text()).toContain(PLANTED_PROMPT);
  }, 240_000);

  afterAll(async () => {
    await f?.close();
  });

  async function send(client: SessionClient, method: string, prepared: { path: string; body?: unknown }) {
    const r = await client.fetch(prepared.path, { method, body: prepared.body });
    const text = await r.text();
    return { status: r.status, text, location: r.headers.get('location') };
  }

  for (const c of ROUTES) {
    if (c.access.kind === 'public') continue;
    const access = c.access;
    it(`${c.method} ${c.file} answers each caller as the permission table says`, async () => {
      const anon = await send(new SessionClient(f.server.baseUrl), c.method, await c.prepare(f, ++call));
      expect(anon.status, anon.text).toBe(401);

      if (access.kind === 'api-key') {
        // A session is not an API key: even the owner's cookie gets 401 here.
        const owner = await send(f.owner, c.method, await c.prepare(f, ++call));
        expect(owner.status, owner.text).toBe(401);
        return;
      }

      for (const who of IDENTITIES) {
        const prepared = await c.prepare(f, ++call);
        const answer = await send(f.users[who].client, c.method, prepared);
        const want = expected(access, who);
        const context = `${who}: ${c.method} ${prepared.path} -> ${answer.status} ${answer.text.slice(0, 300)}`;
        if (want === 'allowed') expect(answer.status, context).toBeLessThan(300);
        else expect(answer.status, context).toBe(want);
        if (who === 'finance' || who === 'viewer') seenByNoContentRoles.push(answer.text);
      }
    });
  }

  for (const p of PAGES) {
    const access = p.access;
    it(`page ${p.file} answers each caller as the permission table says`, async () => {
      const anon = await send(new SessionClient(f.server.baseUrl), 'GET', { path: p.path(f) });
      if (access.kind === 'public') {
        expect(anon.status, anon.text.slice(0, 300)).toBeLessThan(400);
        return;
      }
      expect(anon.status).toBe(307);
      expect(anon.location).toMatch(/^\/sign-in(\?callbackUrl=|$)/);

      for (const who of IDENTITIES) {
        const answer = await send(f.users[who].client, 'GET', { path: p.path(f) });
        const want = expected(access, who);
        const context = `${who}: GET ${p.path(f)} -> ${answer.status} ${answer.location ?? ''}`;
        if (access.kind === 'session') {
          // The front door sends every signed-in person on to a project they can open.
          expect(answer.status, context).toBe(307);
          expect(answer.location, context).not.toMatch(/sign-in/);
        } else if (want === 'allowed') expect(answer.status, context).toBe(200);
        else expect(answer.status, context).toBe(want);
        if (who === 'finance' || who === 'viewer') seenByNoContentRoles.push(answer.text);
      }
    });
  }

  it('never sent finance or viewer any prompt, output or attribute content', () => {
    expect(seenByNoContentRoles.length).toBeGreaterThan(40);
    for (const text of seenByNoContentRoles) {
      expect(text).not.toContain('PLANTED-PROMPT');
      expect(text).not.toContain('PLANTED-OUTPUT');
      expect(text).not.toContain('PLANTED-ATTRIBUTE');
    }
  });
});
