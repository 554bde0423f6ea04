// The start page: first-run setup when nobody has an account yet; otherwise the state of this installation and how
// to send spans to it. (The trace explorer and cost pages build on this.)
import { redirect } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { Logo } from '@/components/ui/logo';
import { getClickHouse } from '@/lib/clickhouse/client';
import { getProjectActivity } from '@/lib/clickhouse/queries/overview/get-project-activity';
import { getDb } from '@/lib/db/client';
import { countUsers } from '@/lib/db/queries/count-users';
import { listProjects } from '@/lib/db/queries/list-projects';
import { env } from '@/lib/env';
import { checkStores, type StoreHealth } from '@/lib/health/check-stores';

export const dynamic = 'force-dynamic';

function StoreLine({ name, health }: { name: string; health: StoreHealth }) {
  return (
    <div className="flex items-center justify-between py-2 text-sm">
      <span className="flex items-center gap-2">
        <span className={`h-2.5 w-2.5 rounded-full ${health.ok ? 'bg-emerald-500' : 'bg-rose-500'}`} />
        <span className="font-medium">{name}</span>
        <span className="text-slate-500">{health.mode}</span>
      </span>
      <span className="font-mono text-xs text-slate-500">
        {health.ok ? `v${health.version} · ${health.roundTripMs} ms` : health.error}
      </span>
    </div>
  );
}

export default async function HomePage() {
  const db = await getDb();
  if ((await countUsers(db)) === 0) redirect('/setup');
  const [health, projects] = await Promise.all([checkStores(), listProjects(db)]);
  const activity = await getProjectActivity(await getClickHouse(), projects.map((p) => p.id)).catch(() => []);
  const byProject = new Map(activity.map((a) => [a.project_id, a]));
  const otlpPort = env().TOKENMETER_OTLP_PORT;

  return (
    <main className="mx-auto max-w-5xl px-6 py-10">
      <header className="mb-8 flex items-center justify-between">
        <Logo />
        <a href="/api/health" className="text-sm text-brand-600 hover:underline">
          /api/health
        </a>
      </header>
      <h1 className="mb-1 text-2xl font-semibold">Your installation</h1>
      <p className="mb-6 text-slate-500">Stores, projects and the last day of spans.</p>
      <div className="grid gap-6 md:grid-cols-2">
        <Card title="Stores">
          <StoreLine name="ClickHouse (spans)" health={health.clickhouse} />
          <StoreLine name="Postgres (metadata)" health={health.postgres} />
        </Card>
        <Card title="Projects">
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left text-slate-500">
                <th className="py-1 font-medium">Project</th>
                <th className="py-1 text-right font-medium">Traces (24 h)</th>
                <th className="py-1 text-right font-medium">Spans (24 h)</th>
              </tr>
            </thead>
            <tbody>
              {projects.map((p) => (
                <tr key={p.id} className="border-t border-slate-100 dark:border-slate-800">
                  <td className="py-2">
                    <span className="font-medium">{p.name}</span> <span className="text-slate-400">{p.organization}</span>
                  </td>
                  <td className="py-2 text-right tabular-nums">{(byProject.get(p.id)?.traces ?? 0).toLocaleString('en-US')}</td>
                  <td className="py-2 text-right tabular-nums">{(byProject.get(p.id)?.spans ?? 0).toLocaleString('en-US')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <Card title="Send spans" className="md:col-span-2">
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">
            Point any OpenTelemetry exporter at this server with a project API key:
          </p>
          <pre className="overflow-x-auto rounded-lg bg-slate-900 p-4 font-mono text-xs leading-relaxed text-slate-100">
            {`export OTEL_EXPORTER_OTLP_ENDPOINT=http://localhost:${otlpPort}
export OTEL_EXPORTER_OTLP_HEADERS="Authorization=Bearer <your project API key>"
# optional: export OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf   (or http/json)`}
          </pre>
        </Card>
      </div>
    </main>
  );
}
