// Read API authentication: a project API key with the read scope decides the project of every query.
import type { ApiKeyScope } from '@/drizzle/schema';
import { API_KEY_HELP, readApiKey } from '@/lib/auth/read-api-key';
import { getDb } from '@/lib/db/client';
import { findApiKey, type ApiKeyGrant } from '@/lib/db/queries/find-api-key';
import { ApiError } from './api-error';
import { enforceReadRateLimit } from './read-rate-limit';

export async function authenticateApiKey(request: Request, scope: ApiKeyScope): Promise<ApiKeyGrant> {
  const key = readApiKey(request.headers);
  if (!key) throw new ApiError(401, `No API key. ${API_KEY_HELP}`, { 'WWW-Authenticate': 'Bearer' });
  const grant = await findApiKey(await getDb(), key);
  if (!grant) throw new ApiError(401, `The API key was not recognised or has been revoked. ${API_KEY_HELP}`, { 'WWW-Authenticate': 'Bearer' });
  if (!grant.scopes.includes(scope)) throw new ApiError(403, `This API key has no ${scope} scope.`);
  if (scope === 'read') enforceReadRateLimit(grant);
  return grant;
}
