// GET /api/orgs/{org}/audit?before&action&limit: the organisation's audit log, newest first.
import { z } from 'zod';
import { AUDIT_ACTIONS, type AuditAction } from '@/lib/audit/actions';
import { requireOrg } from '@/lib/auth/access';
import { getDb } from '@/lib/db/client';
import { listAuditEntries } from '@/lib/db/queries/list-audit-entries';
import { route } from '@/lib/http/api-error';

export const dynamic = 'force-dynamic';

const query = z.object({
  before: z.coerce.number().int().positive().optional(),
  action: z.enum(Object.keys(AUDIT_ACTIONS) as [AuditAction, ...AuditAction[]]).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const GET = route(async (request: Request, context: { params: Promise<{ org: string }> }) => {
  const access = await requireOrg(request, (await context.params).org, 'audit.view');
  const q = query.parse(Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await listAuditEntries(await getDb(), access.organization.id, q), { headers: { 'Cache-Control': 'no-store' } });
});
