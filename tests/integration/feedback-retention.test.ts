import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { getFeedbackStore, RETENTION_DAYS } from '@/lib/feedback/server'
import { singletons } from '@/lib/feedback/singletons'
import { FeedbackStore } from '@/lib/feedback/store'

// The privacy notice says feedback is deleted after 365 days: the running site keeps that
// promise by itself, even if nobody schedules `npm run feedback:purge`.

const dir = mkdtempSync(path.join(tmpdir(), 'feedback-retention-'))
const file = path.join(dir, 'feedback.sqlite')
const DAY = 24 * 60 * 60 * 1000

beforeAll(async () => {
  const seed = await FeedbackStore.open({ kind: 'sqlite', file })
  await seed.insert({ page: '/old', useful: true }, new Date(Date.now() - (RETENTION_DAYS + 2) * DAY))
  await seed.insert({ page: '/recent', useful: false }, new Date(Date.now() - (RETENTION_DAYS - 2) * DAY))
  await seed.close()
  process.env.FEEDBACK_DB_PATH = file
  delete process.env.DATABASE_URL
  globalThis.__familyHubsFeedback = undefined
})

afterAll(async () => {
  await (await singletons().store)?.close()
  globalThis.__familyHubsFeedback = undefined
  rmSync(dir, { recursive: true, force: true })
})

it('deletes feedback older than the retention period on first use, and keeps the rest', async () => {
  const store = await getFeedbackStore()
  await expect.poll(() => store.count(), { timeout: 5000 }).toBe(1)
  const summary = await store.summary()
  expect(summary.map((row) => row.page)).toEqual(['/recent'])
})
