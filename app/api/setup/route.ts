// POST /api/setup: first-run setup (only while no account exists). Answers with the first API key, shown once.
import { z } from 'zod';
import { completeSetup } from '@/lib/accounts/complete-setup';
import { clientAddress, userAgent } from '@/lib/auth/client-address';
import { assertSameOrigin } from '@/lib/auth/same-origin';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/api-error';
import { jsonBody } from '@/lib/http/json-body';

export const dynamic = 'force-dynamic';

const body = z.object({
  name: z.string().max(200),
  email: z.string().max(320),
  password: z.string().max(1024),
  organizationName: z.string().max(200),
  projectName: z.string().max(200),
});

export const POST = route(async (request: Request) => {
  assertSameOrigin(request);
  const input = await jsonBody(request, body);
  const result = await completeSetup(await getDb(), input, { ip: clientAddress(request.headers), userAgent: userAgent(request.headers) });
  return Response.json(
    { organization: result.organizationSlug, project: result.projectSlug, apiKey: result.apiKey },
    { status: 201, headers: { 'Cache-Control': 'no-store' } },
  );
});
