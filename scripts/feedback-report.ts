// npm run feedback:report [-- --from 2026-01-01 --to 2026-01-31 --comments 20]
// The editors' summary in the terminal, read from the same store as /admin/feedback.
import { parseArgs } from 'node:util'
import { formatTextReport, parseDateRange } from '@/lib/feedback/report'
import { runCommand, withFeedbackStore } from './lib/run-with-store'

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, to: { type: 'string' }, comments: { type: 'string', default: '10' } },
  })
  const range = parseDateRange({ from: values.from, to: values.to })
  const limit = Number(values.comments)
  if (range.errors.length > 0 || !Number.isInteger(limit) || limit < 0) {
    for (const error of range.errors) console.error(error.message)
    if (!Number.isInteger(limit) || limit < 0) console.error('--comments must be a whole number')
    return 2
  }
  return withFeedbackStore(async (store, where) => {
    const [summary, comments] = await Promise.all([store.summary(range.range), limit > 0 ? store.entries({ ...range.range, withComments: true, limit }) : []])
    const period = range.from || range.to ? `${range.from || 'the start'} to ${range.to || 'today'} (UTC)` : 'all dates'
    console.log(formatTextReport(summary, comments, `Feedback: ${period}, from the ${where}`))
    return 0
  })
}

runCommand(main)
