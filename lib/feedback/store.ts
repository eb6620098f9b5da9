import { sql, type Kysely, type SelectQueryBuilder } from 'kysely'
import { createDb, type DbConfig, type FeedbackDatabase } from './db'
import { migrateToLatest } from './migrations'

export type NewFeedback = {
  page: string
  useful?: boolean
  trying?: string
  wrong?: string
  /** The page's language (submitFeedback finds it from the page's address). */
  language?: string
}

export type FeedbackEntry = {
  id: number
  page: string
  useful: boolean | null
  trying: string | null
  wrong: string | null
  /** Null for answers stored before the language was recorded. */
  language: string | null
  createdAt: string
}

export type PageSummary = {
  page: string
  yes: number
  no: number
  /** Yes as a share of yes + no; null when nobody answered the question. */
  usefulShare: number | null
  comments: number
  latest: string
}

/** Half-open range of ISO instants: from <= created_at < until. Either end may be open. */
export type DateRange = { from?: string; until?: string }

/** Any failure to reach or use the database: the caller answers "try again later". */
export class FeedbackUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`feedback store unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
    this.name = 'FeedbackUnavailableError'
  }
}

function toIso(value: Date | string): string {
  return new Date(value).toISOString()
}

function toBoolean(value: boolean | number | null): boolean | null {
  return value === null ? null : value === true || value === 1
}

export class FeedbackStore {
  private constructor(
    readonly db: Kysely<FeedbackDatabase>,
    readonly kind: DbConfig['kind'],
  ) {}

  /** Connects and runs any pending migrations: the first use creates the database. */
  static async open(config: DbConfig): Promise<FeedbackStore> {
    let db: Kysely<FeedbackDatabase> | undefined
    try {
      db = await createDb(config)
      await migrateToLatest(db, config)
    } catch (error) {
      await db?.destroy().catch(() => undefined)
      throw new FeedbackUnavailableError(error)
    }
    return new FeedbackStore(db, config.kind)
  }

  async close(): Promise<void> {
    await this.db.destroy()
  }

  /** SQLite has no boolean type. */
  private flag(value: boolean): boolean | number {
    return this.kind === 'sqlite' ? Number(value) : value
  }

  async insert(entry: NewFeedback, now = new Date()): Promise<void> {
    await this.guard(() =>
      this.db
        .insertInto('feedback')
        .values({
          page: entry.page,
          useful: entry.useful === undefined ? null : this.flag(entry.useful),
          trying: entry.trying || null,
          wrong: entry.wrong || null,
          language: entry.language ?? null,
          created_at: now.toISOString(),
        })
        .execute(),
    )
  }

  private inRange<O>(query: SelectQueryBuilder<FeedbackDatabase, 'feedback', O>, range: DateRange) {
    let filtered = query
    if (range.from) filtered = filtered.where('created_at', '>=', range.from)
    if (range.until) filtered = filtered.where('created_at', '<', range.until)
    return filtered
  }

  async count(range: DateRange & { withComments?: boolean } = {}): Promise<number> {
    const row = await this.guard(() => {
      let query = this.inRange(this.db.selectFrom('feedback').select((eb) => eb.fn.countAll<number | string>().as('total')), range)
      if (range.withComments) query = query.where((eb) => eb.or([eb('trying', 'is not', null), eb('wrong', 'is not', null)]))
      return query.executeTakeFirst()
    })
    return Number(row?.total ?? 0)
  }

  async summary(range: DateRange = {}): Promise<PageSummary[]> {
    const yes = this.flag(true)
    const no = this.flag(false)
    const rows = await this.guard(() =>
      this.inRange(
        this.db
          .selectFrom('feedback')
          .select((eb) => [
            'page',
            sql<number | string>`sum(case when useful = ${yes} then 1 else 0 end)`.as('yes'),
            sql<number | string>`sum(case when useful = ${no} then 1 else 0 end)`.as('no'),
            sql<number | string>`sum(case when trying is not null or wrong is not null then 1 else 0 end)`.as('comments'),
            eb.fn.max('created_at').as('latest'),
          ])
          .groupBy('page'),
        range,
      ).execute(),
    )
    return rows
      .map((row) => {
        const yesCount = Number(row.yes)
        const noCount = Number(row.no)
        return {
          page: row.page,
          yes: yesCount,
          no: noCount,
          usefulShare: yesCount + noCount === 0 ? null : yesCount / (yesCount + noCount),
          comments: Number(row.comments),
          latest: toIso(row.latest),
        }
      })
      .sort((a, b) => b.yes + b.no + b.comments - (a.yes + a.no + a.comments) || a.page.localeCompare(b.page))
  }

  /** Newest first. With comments: only entries where someone typed something. */
  async entries(options: DateRange & { limit?: number; offset?: number; withComments?: boolean } = {}): Promise<FeedbackEntry[]> {
    const rows = await this.guard(() => {
      let query = this.inRange(this.db.selectFrom('feedback').selectAll(), options)
      if (options.withComments) query = query.where((eb) => eb.or([eb('trying', 'is not', null), eb('wrong', 'is not', null)]))
      return query
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(options.limit ?? 100_000)
        .offset(options.offset ?? 0)
        .execute()
    })
    return rows.map((row) => ({
      id: Number(row.id),
      page: row.page,
      useful: toBoolean(row.useful),
      trying: row.trying,
      wrong: row.wrong,
      language: row.language,
      createdAt: toIso(row.created_at),
    }))
  }

  /** One round trip to the database; throws FeedbackUnavailableError if it does not answer. */
  async ping(): Promise<void> {
    await this.guard(() => sql`select 1`.execute(this.db))
  }

  /** Deletes entries older than the cutoff; answers how many went. */
  async purgeBefore(cutoff: Date): Promise<number> {
    const result = await this.guard(() => this.db.deleteFrom('feedback').where('created_at', '<', cutoff.toISOString()).executeTakeFirst())
    return Number(result.numDeletedRows)
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work()
    } catch (error) {
      throw new FeedbackUnavailableError(error)
    }
  }
}
