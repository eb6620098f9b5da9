// Node's own SQLite (node:sqlite, in Node 24 without a flag) in the shape Kysely's SqliteDialect
// reads: a native module of our own (better-sqlite3) cost every install a compile of SQLite (two
// minutes of CI on two cores) and a rebuild whenever the Node version changed.
import { DatabaseSync, type SQLInputValue } from 'node:sqlite'
import type { SqliteDatabase, SqliteStatement } from 'kysely'

/** A value Kysely hands over that SQLite cannot store is a programming error: say which. */
function toInput(value: unknown): SQLInputValue {
  if (value === null || typeof value === 'number' || typeof value === 'bigint' || typeof value === 'string' || value instanceof Uint8Array) return value
  throw new TypeError(`SQLite cannot store a ${typeof value} value: convert it to a number, string or null first`)
}

export function openNodeSqlite(file: string, options: { timeoutMs: number }): { database: SqliteDatabase; exec: (sql: string) => void } {
  const db = new DatabaseSync(file, { timeout: options.timeoutMs })
  const database: SqliteDatabase = {
    close: () => db.close(),
    prepare(sql: string): SqliteStatement {
      const statement = db.prepare(sql)
      return {
        // A statement that returns rows has columns; an insert without RETURNING has none.
        reader: statement.columns().length > 0,
        all: (parameters) => statement.all(...parameters.map(toInput)),
        run: (parameters) => statement.run(...parameters.map(toInput)),
        iterate: (parameters) => statement.iterate(...parameters.map(toInput)),
      }
    },
  }
  return { database, exec: (sql) => db.exec(sql) }
}
