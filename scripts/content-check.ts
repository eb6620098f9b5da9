// Checks every content file before contentlayer runs, so a mistake stops the build with
// `file:line: field: message` instead of a silently wrong page. CONTENT_DIR picks another folder.
// --strict (and CI=true, as .ci/run sets) turns overdue review dates and pages above their reading
// age into errors. --quiet, as `npm run content` runs it before every build, type check and test
// run, leaves out the table of reading ages and prints warnings already printed as only a count.
import { runContentCheck } from '../lib/content/check'
import { reportLines } from '../lib/content/checks/print'
import { holdReadingAges } from '../lib/content/checks/reading-age'
import { seenBefore } from './lib/warnings-seen'

const contentDir = process.env.CONTENT_DIR ?? 'content'
const args = process.argv.slice(2)
const strict = args.includes('--strict')
const quiet = args.includes('--quiet')
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false'
const checked = runContentCheck(contentDir, { strict, today: process.env.CONTENT_CHECK_TODAY })
const report = holdReadingAges(checked, contentDir, { strict, ci: inCi })
const repeated = quiet && seenBefore(contentDir, report.warnings)
const output = reportLines(report, contentDir, {
  summary: !quiet,
  warnings: !repeated,
  fixHint: 'Fix each line above, then run `npm run content:check` again.',
}).join('\n')

if (report.errors.length > 0) {
  console.error(output)
  process.exit(1)
}
console.log(output)
