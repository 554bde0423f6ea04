// POST /api/invitations/{token}/accept: join the organisation. Signed in: as that account (body {}). Not signed in:
// registers a new account with {name, email, password}; the page then signs it in.
import { z } from 'zod';
import { acceptInvitation } from '@/lib/accounts/accept-invitation';
import { clientAddress, userAgent } from '@/lib/auth/client-address';
import { assertSameOrigin } from '@/lib/auth/same-origin';
import { getSessionUser } from '@/lib/auth/session-user';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/api-error';
import { jsonBody } from '@/lib/http/json-body';

export const dynamic = 'force-dynamic';

const registration = z.object({ name: z.string().max(200), email: z.string().max(320), password: z.string().max(1024) });

export const POST = route(async (request: Request, context: { params: Promise<{ token: string }> }) => {
  assertSameOrigin(request);
  const { token } = await context.params;
  const origin = { ip: clientAddress(request.headers), userAgent: userAgent(request.headers) };
  const user = await getSessionUser();
  const db = await getDb();
  const accepted = user
    ? await acceptInvitation(db, token, { kind: 'existing', userId: user.id, email: user.email }, origin)
    : await acceptInvitation(db, token, { kind: 'new', ...(await jsonBody(request, registration)) }, origin);
  return Response.json({ organization: accepted.organization, role: accepted.role, alreadyMember: accepted.alreadyMember, email: accepted.email });
});
