import 'server-only'
import { getFeedbackStore } from '@/lib/feedback/server'

/** How long the database may take to answer before it counts as down. */
const DATABASE_TIMEOUT_MS = 2000

export type Health = {
  status: 'ok' | 'unavailable'
  /** What was built: package version and commit, set at build time (next.config.ts). */
  version: string
  database: { kind: 'postgresql' | 'sqlite'; ok: boolean; latencyMs: number }
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())
}

/** Checks the feedback database with one query; never throws. */
export async function checkHealth(): Promise<Health> {
  const version = process.env.APP_VERSION ?? 'unknown'
  const kind = process.env.DATABASE_URL?.trim().startsWith('postgres') ? 'postgresql' : 'sqlite'
  const started = performance.now()
  let ok = true
  try {
    await Promise.race([getFeedbackStore().then((store) => store.ping()), timeout(DATABASE_TIMEOUT_MS)])
  } catch {
    ok = false
  }
  return { status: ok ? 'ok' : 'unavailable', version, database: { kind, ok, latencyMs: Math.round(performance.now() - started) } }
}
