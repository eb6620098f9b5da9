import cluster from 'node:cluster'
import { randomBytes } from 'node:crypto'
import { RateLimiterCluster, RateLimiterMemory, type IRateLimiterOptions, type RateLimiterAbstract } from 'rate-limiter-flexible'

/**
 * A rate limit kept in memory but shared by every server process of one `npm start`: in a
 * process the supervisor started (lib/server/supervisor.ts) its counts live in the supervisor,
 * so a client whose connections land on different processes still has one allowance. Alone, it
 * counts in this process.
 */
export function sharedMemoryLimiter(options: IRateLimiterOptions & { keyPrefix: string }): RateLimiterAbstract {
  if (cluster.isWorker && typeof process.send === 'function') return new RateLimiterCluster({ ...options, timeoutMs: 2000 })
  return new RateLimiterMemory(options)
}

/** The variable through which the supervisor gives its processes one secret for client keys. */
export const SHARED_SECRET_VARIABLE = 'SERVER_PROCESSES_SECRET'

let secret: Buffer | undefined

/**
 * The secret clients' rate-limit keys are made with: the same in every process of one `npm start`
 * (so a shared limit sees one client as one key), made at start and never written anywhere.
 */
export function processesSecret(): Buffer {
  if (secret) return secret
  const given = cluster.isWorker ? Buffer.from(process.env[SHARED_SECRET_VARIABLE] ?? '', 'base64') : Buffer.alloc(0)
  secret = given.length >= 32 ? given : randomBytes(32)
  return secret
}
