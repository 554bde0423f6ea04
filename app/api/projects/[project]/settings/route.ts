// GET /api/projects/{project}/settings: attribution keys and redaction (detectors, rules) as the receiver reads them;
// PUT {attribution?, redaction?}: change them (validated as the receiver validates; applied to the next request).
import { z } from 'zod';
import { actorOf, auditActor } from '@/lib/audit/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { requireProject } from '@/lib/auth/access';
import { getPostgres } from '@/lib/db/client';
import { route } from '@/lib/http/api-error';
import { jsonBody } from '@/lib/http/json-body';
import { attributionSettingsSchema } from '@/lib/projects/attribution-settings';
import { readProjectIngestSettings, updateProjectIngestSettings } from '@/lib/projects/update-project-settings';
import { DETECTOR_NAMES, redactionSettingsSchema } from '@/lib/redaction';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ project: string }> };

export const GET = route(async (request: Request, context: Context) => {
  const access = await requireProject(request, (await context.params).project, 'project.view');
  const settings = await readProjectIngestSettings((await getPostgres()).db, access.project.id);
  return Response.json({ ...settings, detectors: DETECTOR_NAMES, editable: access.can('project.settings') }, { headers: { 'Cache-Control': 'no-store' } });
});

const body = z.object({ attribution: attributionSettingsSchema.partial().optional(), redaction: redactionSettingsSchema.partial().optional() });

export const PUT = route(async (request: Request, context: Context) => {
  const access = await requireProject(request, (await context.params).project, 'project.settings');
  const changes = await jsonBody(request, body);
  const store = await getPostgres();
  const saved = await updateProjectIngestSettings(store.db, access.project.id, changes);
  await recordAudit(store.db, {
    action: 'project.settings_changed',
    organizationId: access.organization.id,
    projectId: access.project.id,
    target: access.project.slug,
    details: { changed: Object.keys(changes), detectors: saved.redaction.detectors, customRules: saved.redaction.customRules.length },
    ...auditActor(actorOf(request, access.user)),
  });
  await store.notify('tokenmeter_project_settings', access.project.id);
  return Response.json(saved);
});
