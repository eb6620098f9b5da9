import type { CheckReport } from '../check'
import { formatProblem } from './problem'

// The terminal report of `npm run content:check` and `npm run dev`: each document's reading age,
// then warnings, then errors; the same lines the browser shows in development.

export type ReportOptions = {
  /** Each document's reading age, as a table. */
  summary?: boolean
  /** Each warning on its own line; otherwise only how many there are. */
  warnings?: boolean
  /** What to do after fixing: save again (npm run dev) or run the check again. */
  fixHint?: string
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

export function reportLines(
  report: CheckReport,
  contentDir: string,
  { summary = true, warnings = true, fixHint = 'Fix each line above, then save again (or run `npm run content:check`).' }: ReportOptions = {},
): string[] {
  const lines: string[] = []
  if (summary && report.documents.length > 0) {
    lines.push('Reading age (Flesch-Kincaid grade + 5) of each document, and the sentence that pushes it up most:')
    const width = Math.max(...report.documents.map((document) => document.file.length))
    for (const { file, audience, readability } of report.documents) {
      const hardest = readability.hardest[0]
      lines.push(`  ${file.padEnd(width)}  ${readability.readingAge.toFixed(1).padStart(4)}  (${audience}, ${readability.sentences} sentences${hardest ? `; hardest: ${hardest.words} words, ${hardest.readingAge.toFixed(1)}` : ''})`)
    }
    lines.push('')
  }
  if (report.warnings.length > 0 && !warnings) {
    lines.push(`${plural(report.warnings.length, 'warning')}: \`npm run content:check\` lists them.`)
  } else if (report.warnings.length > 0) {
    lines.push(`${plural(report.warnings.length, 'warning')} (the site still builds; \`--strict\` and CI make review dates and reading ages errors):`)
    for (const problem of report.warnings) lines.push(`  ${formatProblem(problem)}`)
    lines.push('')
  }
  if (report.errors.length > 0) {
    lines.push(`Content check failed: ${plural(report.errors.length, 'problem')} in ${contentDir}/`)
    for (const problem of report.errors) lines.push(`  ${formatProblem(problem)}`)
    lines.push('', fixHint)
  } else {
    lines.push(`Content check passed: ${plural(report.files, 'file')} in ${contentDir}/, no errors${report.warnings.length > 0 ? `, ${plural(report.warnings.length, 'warning')}` : ''}.`)
  }
  return lines
}
