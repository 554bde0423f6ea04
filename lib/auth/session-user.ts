// The signed-in account of the current request, or undefined. The session cookie only names an account; the account
// is read again here on every request, so deleting it or bumping its session version ends the session at once.
import { getServerSession } from 'next-auth/next';
import { getDb } from '@/lib/db/client';
import { findUserById } from '@/lib/db/queries/find-user-by-id';
import { authOptions } from './auth-options';

export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly name: string | null;
}

export async function getSessionUser(): Promise<SessionUser | undefined> {
  const session = await getServerSession(authOptions());
  if (!session?.uid) return undefined;
  const user = await findUserById(await getDb(), session.uid);
  if (!user || user.sessionVersion !== session.sv) return undefined;
  return { id: user.id, email: user.email, name: user.name };
}
