import { checkHealth } from '@/lib/health'

// For load balancers and monitoring: 200 when this instance can store feedback, 503 when its
// database does not answer (pages are still served; only feedback is affected). Never cached.
export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const health = await checkHealth()
  return Response.json(health, { status: health.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } })
}
