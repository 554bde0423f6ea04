// First-run setup: shown while no account exists.
import { redirect } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { Logo } from '@/components/ui/logo';
import { getDb } from '@/lib/db/client';
import { countUsers } from '@/lib/db/queries/count-users';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'First-run setup' };

export default async function SetupPage() {
  if ((await countUsers(await getDb())) > 0) redirect('/');
  return (
    <main className="mx-auto max-w-2xl px-6 py-16">
      <div className="mb-8">
        <Logo />
      </div>
      <Card>
        <h1 className="mb-2 text-xl font-semibold">Welcome to Tokenmeter</h1>
        <p className="mb-4 text-sm text-slate-600 dark:text-slate-300">
          No account exists yet. Create the first owner, organisation, project and API key by starting Tokenmeter
          with these variables set (they are applied at start and are safe to leave in place):
        </p>
        <pre className="overflow-x-auto rounded-lg bg-slate-900 p-4 font-mono text-xs leading-relaxed text-slate-100">
          {`TOKENMETER_INIT_ADMIN_EMAIL=you@example.com
TOKENMETER_INIT_ADMIN_PASSWORD='a long password'
TOKENMETER_INIT_PROJECT=my-app
TOKENMETER_INIT_API_KEY=tm_$(openssl rand -hex 20)
npm start`}
        </pre>
      </Card>
    </main>
  );
}
