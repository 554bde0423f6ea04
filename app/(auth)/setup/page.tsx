// First-run setup: shown only while no account exists. Creates the owner, organisation, first project and API key.
import { redirect } from 'next/navigation';
import { getDb } from '@/lib/db/client';
import { countUsers } from '@/lib/db/queries/count-users';
import { env } from '@/lib/env';
import { AuthFrame } from '../auth-frame';
import { SetupForm } from './setup-form';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'First-run setup' };

export default async function SetupPage() {
  if ((await countUsers(await getDb())) > 0) redirect('/sign-in');
  return (
    <AuthFrame title="Welcome to Tokenmeter" wide>
      <SetupForm otlpPort={env().TOKENMETER_OTLP_PORT} />
    </AuthFrame>
  );
}
