// npm run feedback:purge -- --older-than 365d
// Deletes feedback older than the retention period stated in the privacy notice (365 days).
import { parseArgs } from 'node:util'
import { runCommand, withFeedbackStore } from './lib/run-with-store'

const USAGE = 'Usage: npm run feedback:purge -- --older-than 365d [--dry-run]'

/** "365d" -> 365. Only days: retention is stated in days, and months vary in length. */
function parseDays(value: string | undefined): number | undefined {
  const match = /^(\d{1,5})d$/.exec(value?.trim() ?? '')
  const days = match ? Number(match[1]) : NaN
  return Number.isInteger(days) && days >= 1 ? days : undefined
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { 'older-than': { type: 'string' }, 'dry-run': { type: 'boolean', default: false } } })
  const days = parseDays(values['older-than'])
  if (days === undefined) {
    console.error(`--older-than must be a number of days such as 365d.\n${USAGE}`)
    return 2
  }
  const cutoff = new Date(Date.now() - days * 24 * 60 * 60 * 1000)
  return withFeedbackStore(async (store, where) => {
    if (values['dry-run']) {
      const count = await store.count({ until: cutoff.toISOString() })
      console.log(`Would delete ${count} feedback ${count === 1 ? 'entry' : 'entries'} from before ${cutoff.toISOString()} (${where}).`)
      return 0
    }
    const deleted = await store.purgeBefore(cutoff)
    console.log(`Deleted ${deleted} feedback ${deleted === 1 ? 'entry' : 'entries'} older than ${days} days (before ${cutoff.toISOString()}) from the ${where}.`)
    return 0
  })
}

runCommand(main)
