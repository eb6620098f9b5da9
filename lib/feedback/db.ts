import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { parseEnv } from '@/lib/env'
import { openNodeSqlite } from './node-sqlite'
import { createPgPool } from './pg-pool'
import { Kysely, PostgresDialect, SqliteDialect, type ColumnType, type Generated } from 'kysely'

export type FeedbackTable = {
  id: Generated<number>
  page: string
  /** PostgreSQL stores a boolean; SQLite has none and stores 1 or 0. Null: "report a problem". */
  useful: boolean | number | null
  trying: string | null
  wrong: string | null
  /** The page's language (BCP 47, as in site.yaml); null for answers stored before it was recorded. */
  language: string | null
  /** Written as an ISO 8601 UTC string; PostgreSQL reads it back as a Date (timestamptz). */
  created_at: ColumnType<Date | string, string, never>
}

export type FeedbackDatabase = { feedback: FeedbackTable }

/** timeoutMs: the longest wait for a connection, a lock or a statement (DATABASE_TIMEOUT_SECONDS). */
export type DbConfig =
  | { kind: 'sqlite'; file: string; timeoutMs?: number }
  /** searchPath lets tests (and shared servers) keep the tables in their own schema. */
  | { kind: 'postgres'; url: string; searchPath?: string; poolSize?: number; timeoutMs?: number }

export const DEFAULT_SQLITE_FILE = './data/feedback.sqlite'

/** PostgreSQL when DATABASE_URL says so, otherwise an SQLite file (FEEDBACK_DB_PATH). */
export function dbConfigFromEnv(env: Record<string, string | undefined> = process.env): DbConfig {
  const settings = parseEnv(env)
  const timeoutMs = settings.DATABASE_TIMEOUT_SECONDS
  if (settings.DATABASE_URL) return { kind: 'postgres', url: settings.DATABASE_URL, timeoutMs }
  return { kind: 'sqlite', file: settings.FEEDBACK_DB_PATH?.trim() || DEFAULT_SQLITE_FILE, timeoutMs }
}

/** Where the data lives, for messages: never prints a password. */
export function describeDb(config: DbConfig): string {
  if (config.kind === 'sqlite') return `SQLite file ${path.resolve(config.file)}`
  const url = new URL(config.url)
  return `PostgreSQL database ${url.pathname.slice(1) || '(default)'} on ${url.hostname}:${url.port || '5432'}`
}

// Waiting a little for a lock or a connection is better than failing at once, but the person
// submitting is waiting too: after it they get "please try again later" (503). A database that
// hangs rather than refusing is bounded the same way: PostgreSQL by the server's statement_timeout
// and, if the server itself stops answering, by the client's own query_timeout.
const WAIT_MS = 5000

/**
 * Opens the SQLite file (creating its folder) before handing it to Kysely: an error thrown from
 * Kysely's lazy database factory leaves its promise pending forever, whereas here it rejects.
 */
export async function createDb(config: DbConfig): Promise<Kysely<FeedbackDatabase>> {
  if (config.kind === 'sqlite') {
    mkdirSync(path.dirname(path.resolve(config.file)), { recursive: true })
    // SQLite runs statements synchronously and cannot interrupt one; what can hang is waiting for
    // another connection's lock, and the busy timeout bounds that.
    const { database, exec } = openNodeSqlite(config.file, { timeoutMs: config.timeoutMs ?? WAIT_MS })
    try {
      // WAL: readers (the editors' report) never block the writers (the widget).
      exec('PRAGMA journal_mode = WAL')
      // FULL: an acknowledged submission survives a crash of the machine, not only of Node.
      exec('PRAGMA synchronous = FULL')
    } catch (error) {
      database.close()
      throw error
    }
    return new Kysely<FeedbackDatabase>({ dialect: new SqliteDialect({ database }) })
  }
  const pool = await createPgPool(
    {
      connectionString: config.url,
      max: config.poolSize ?? 10,
      connectionTimeoutMillis: config.timeoutMs ?? WAIT_MS,
      idleTimeoutMillis: 30_000,
      statement_timeout: config.timeoutMs ?? WAIT_MS,
      lock_timeout: config.timeoutMs ?? WAIT_MS,
      query_timeout: (config.timeoutMs ?? WAIT_MS) + 1000,
      // A statement whose client has gone (a cut connection) is cancelled within a second
      // instead of running on: the person was told "not sent, try again", so it must not land.
      options: ['-c client_connection_check_interval=1000', ...(config.searchPath ? [`-c search_path=${config.searchPath}`] : [])].join(' '),
    },
    'feedback',
  )
  return new Kysely<FeedbackDatabase>({ dialect: new PostgresDialect({ pool }) })
}
