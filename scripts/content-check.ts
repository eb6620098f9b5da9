// Checks every content file before contentlayer runs, so a mistake stops the build with
// `file:line: field: message` instead of a silently wrong page. CONTENT_DIR picks another folder;
// --strict turns warnings about review dates into errors; --quiet leaves out the reading ages.
import { runContentCheck } from '../lib/content/check'
import { reportLines } from '../lib/content/checks/print'

const contentDir = process.env.CONTENT_DIR ?? 'content'
const args = process.argv.slice(2)
const report = runContentCheck(contentDir, { strict: args.includes('--strict'), today: process.env.CONTENT_CHECK_TODAY })
const output = reportLines(report, contentDir, { summary: !args.includes('--quiet') }).join('\n')

if (report.errors.length > 0) {
  console.error(output)
  process.exit(1)
}
console.log(output)
