// One import, in a process of its own, for bench/import.ts: reads a saved feed, imports it into
// a content folder, and prints one line of JSON with the time taken and the process's peak memory
// (its maximum resident set size), so each figure is one import's alone.
import { importServices } from '../../lib/openreferral/import/plan'
import { readFeed } from '../../lib/openreferral/import/source'

const [feedFile, contentDir] = process.argv.slice(2)
if (!feedFile || !contentDir) throw new Error('Usage: tsx bench/lib/import-once.ts <feed.json> <content folder>')
const started = performance.now()
readFeed(feedFile)
  .then((feed) => {
    const report = importServices(feed.services, { contentDir, hubs: true, today: '2026-12-01' })
    const seconds = (performance.now() - started) / 1000
    console.log(JSON.stringify({ seconds, peakMB: process.resourceUsage().maxRSS / 1024, written: report.written.length, skipped: report.skipped.length }))
  })
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
