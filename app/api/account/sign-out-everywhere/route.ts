// POST /api/account/sign-out-everywhere: ends every session of the signed-in account, this one included.
import { eq, sql } from 'drizzle-orm';
import { users } from '@/drizzle/schema';
import { actorOf, auditActor } from '@/lib/audit/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { requireSession } from '@/lib/auth/access';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/api-error';

export const dynamic = 'force-dynamic';

export const POST = route(async (request: Request) => {
  const user = await requireSession(request);
  const db = await getDb();
  await db.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, user.id));
  await recordAudit(db, { action: 'auth.sign_out_everywhere', target: user.email, ...auditActor(actorOf(request, user)) });
  return Response.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } });
});
