// A project's start page: the last day's activity, and how to send spans when there are none yet.
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { SendSpansSnippet } from '@/components/projects/send-spans-snippet';
import { getClickHouse } from '@/lib/clickhouse/client';
import { getProjectActivity } from '@/lib/clickhouse/queries/overview/get-project-activity';
import { pageProject } from '@/lib/auth/page-access';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

export default async function ProjectOverviewPage({ params }: { params: Promise<{ project: string }> }) {
  const { project } = await params;
  const access = await pageProject(project, 'project.view', `/${project}`);
  const [activity] = await getProjectActivity(await getClickHouse(), [access.project.id]);
  const spans = activity?.spans ?? 0;
  return (
    <>
      <PageHeader title={access.project.name} description={`${access.organization.name} · your role: ${access.role}`} />
      <div className="grid gap-6 md:grid-cols-3">
        <Card title="Spans (24 h)">
          <div className="text-3xl font-semibold tabular-nums" data-testid="spans-24h">
            {spans.toLocaleString('en-US')}
          </div>
        </Card>
        <Card title="Traces (24 h)">
          <div className="text-3xl font-semibold tabular-nums">{(activity?.traces ?? 0).toLocaleString('en-US')}</div>
        </Card>
        <Card title="Last span">
          <div className="text-sm text-slate-600 dark:text-slate-300">{activity ? `${activity.last_span_at} UTC` : 'none in the last day'}</div>
        </Card>
        <Card title={spans === 0 ? 'Send your first spans' : 'Send spans'} className="md:col-span-3">
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">
            Point any OpenTelemetry exporter at this server with an API key of this project
            {access.can('keys.manage') ? (
              <>
                {' '}
                (create one under{' '}
                <Link className="text-brand-600 hover:underline" href={`/${access.project.slug}/settings/api-keys`}>
                  API keys
                </Link>
                )
              </>
            ) : null}
            :
          </p>
          <SendSpansSnippet otlpPort={env().TOKENMETER_OTLP_PORT} />
        </Card>
      </div>
    </>
  );
}
