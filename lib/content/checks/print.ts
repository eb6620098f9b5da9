import type { CheckReport } from '../check'
import { formatProblem } from './problem'

// The terminal report of `npm run content:check` and `npm run dev`: errors, then warnings, then
// each document's reading age; the same lines the browser shows in development.

export function reportLines(report: CheckReport, contentDir: string, { summary = true, warnings = true } = {}): string[] {
  const lines: string[] = []
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
  if (summary && report.documents.length > 0) {
    lines.push('Reading age (Flesch-Kincaid grade + 5) of each document, and its longest sentence:')
    const width = Math.max(...report.documents.map((document) => document.file.length))
    for (const { file, audience, readability } of report.documents) {
      const longest = readability.longest[0]
      lines.push(`  ${file.padEnd(width)}  ${readability.readingAge.toFixed(1).padStart(4)}  (${audience}, ${readability.sentences} sentences; longest ${longest?.words ?? 0} words)`)
    }
    lines.push('')
  }
  if (report.warnings.length > 0 && !warnings) {
    lines.push(`${plural(report.warnings.length, 'warning')}: \`npm run content:check\` lists them.`)
  } else if (report.warnings.length > 0) {
    lines.push(`${plural(report.warnings.length, 'warning')} (the site still builds; \`--strict\` makes review dates errors):`)
    for (const problem of report.warnings) lines.push(`  ${formatProblem(problem)}`)
    lines.push('')
  }
  if (report.errors.length > 0) {
    lines.push(`Content check failed: ${plural(report.errors.length, 'problem')} in ${contentDir}/`)
    for (const problem of report.errors) lines.push(`  ${formatProblem(problem)}`)
    lines.push('', 'Fix each line above, then save again (or run `npm run content:check`).')
  } else {
    lines.push(`Content check passed: ${plural(report.files, 'file')} in ${contentDir}/, no errors.`)
  }
  return lines
}
