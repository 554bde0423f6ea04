// Who is acting, and from where: what every audit entry of a signed-in action records.
import { clientAddress, userAgent } from '@/lib/auth/client-address';
import type { SessionUser } from '@/lib/auth/session-user';

export interface Actor {
  readonly userId: string;
  readonly email: string;
  readonly ip?: string;
  readonly userAgent?: string;
}

export function actorOf(request: Request, user: SessionUser): Actor {
  return { userId: user.id, email: user.email, ip: clientAddress(request.headers), userAgent: userAgent(request.headers) };
}

export function auditActor(actor: Actor) {
  return { actorUserId: actor.userId, actorEmail: actor.email, ip: actor.ip ?? null, userAgent: actor.userAgent ?? null };
}
