// GET /api/health: each store's mode, version and round-trip time; 503 when a store is down.
import { checkStores } from '@/lib/health/check-stores';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const health = await checkStores();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
