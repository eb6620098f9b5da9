import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely'
import type { DbConfig } from './db'

type Kind = DbConfig['kind']

// Versioned, append-only: a released migration is never edited; changes get a new entry.
export function feedbackMigrations(kind: Kind): Record<string, Migration> {
  return {
    '2026-11-20-001-create-feedback': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('feedback')
          .addColumn('id', kind === 'postgres' ? 'serial' : 'integer', (column) =>
            kind === 'postgres' ? column.primaryKey() : column.primaryKey().autoIncrement(),
          )
          .addColumn('page', 'text', (column) => column.notNull())
          .addColumn('useful', kind === 'postgres' ? 'boolean' : 'integer', (column) =>
            kind === 'postgres' ? column : column.check(sql`useful in (0, 1)`),
          )
          .addColumn('trying', 'text')
          .addColumn('wrong', 'text')
          .addColumn('created_at', kind === 'postgres' ? 'timestamptz' : 'text', (column) => column.notNull())
          .execute()
        await db.schema.createIndex('feedback_created_at_idx').on('feedback').column('created_at').execute()
        await db.schema.createIndex('feedback_page_created_at_idx').on('feedback').columns(['page', 'created_at']).execute()
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('feedback').execute()
      },
    },
    // Which language the page was in, so a council reads each comment in the language it was
    // typed in. Answers stored before have none (null): the site then had one language.
    '2026-12-07-001-feedback-language': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('feedback').addColumn('language', 'text').execute()
      },
      async down(db: Kysely<unknown>) {
        await db.schema.alterTable('feedback').dropColumn('language').execute()
      },
    },
  }
}

class InlineMigrations implements MigrationProvider {
  constructor(private readonly kind: Kind) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return feedbackMigrations(this.kind)
  }
}

/** Brings the schema up to date; safe to run on every start and from several processes. */
export async function migrateToLatest<T>(db: Kysely<T>, config: DbConfig): Promise<void> {
  // With a search path of its own, the bookkeeping tables go there too: Kysely looks for them in
  // every schema, and would otherwise find another schema's and skip creating its own.
  const schema = config.kind === 'postgres' ? config.searchPath : undefined
  const migrator = new Migrator({ db, provider: new InlineMigrations(config.kind), ...(schema ? { migrationTableSchema: schema } : {}) })
  const { error, results } = await migrator.migrateToLatest()
  const failed = results?.find((result) => result.status === 'Error')
  if (error !== undefined || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? 'unknown error')
    throw new Error(`feedback: migration ${failed?.migrationName ?? ''} failed: ${reason}`)
  }
}
