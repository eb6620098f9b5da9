import pg from 'pg'

/**
 * Makes a schema of the test's own on the PostgreSQL server at `url`. Answers why it could not
 * (the server does not answer, say), so the test can skip with that reason, or undefined.
 */
export async function createTestSchema(url: string, schema: string): Promise<string | undefined> {
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
  try {
    await admin.connect()
    await admin.query(`CREATE SCHEMA ${schema}`)
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  } finally {
    await admin.end().catch(() => undefined)
  }
}
