import type { Pool, PoolConfig } from 'pg'
import { throttledLog } from '@/lib/log-throttle'

/** A restart drops every pooled connection at once: one line, not one per connection. */
const logLost = throttledLog()

/**
 * A PostgreSQL pool that cannot end the process when the server goes away. pg emits 'error' on a
 * client whose connection drops; the pool listens only while a client is idle, and Kysely holds a
 * client without listening while a statement runs, so a restart or network fault mid-statement
 * was an uncaught exception. The statement itself still fails (and the caller answers 503).
 */
export async function createPgPool(config: PoolConfig, label: string): Promise<Pool> {
  const { Pool } = await import('pg')
  const pool = new Pool(config)
  const report = (error: Error) => logLost(label, `${label}: PostgreSQL connection lost: ${error.message}`)
  pool.on('error', report)
  pool.on('connect', (client) => {
    client.on('error', report)
  })
  return pool
}
