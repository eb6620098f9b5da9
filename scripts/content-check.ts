// Checks every content file before contentlayer runs, so a mistake stops the build with
// `file: field: message` instead of a silently missing page. CONTENT_DIR picks another folder.
import { checkContent, formatProblem } from '../lib/content/check'

const contentDir = process.env.CONTENT_DIR ?? 'content'
const problems = checkContent(contentDir)

if (problems.length > 0) {
  console.error(`Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${contentDir}/\n`)
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`)
  console.error('\nFix each line above, then run `npm run content:check` again.')
  process.exit(1)
}
console.log(`Content check passed: ${contentDir}/ has no problems.`)
