import { printable } from '@/lib/content/formats'
import type { ImportReport } from './plan'

// What `npm run import:openreferral` prints when an import is written. Every text that came from
// the feed is printed escaped (printable): a name holding ESC[2J cannot clear the terminal, and an
// email holding a line break cannot start a line of its own ("  wrote /etc/passwd").

export function reportText(report: ImportReport, feedNotes: readonly string[], contentDir: string): string {
  const lines = [`Imported into ${printable(contentDir)}/: ${report.written.length} file(s) written, ${report.unchanged.length} unchanged, ${report.kept.length} kept.`]
  for (const file of report.written) lines.push(`  wrote ${printable(file)}`)
  for (const file of report.levelsUpdated) lines.push(`  added services to the list in ${printable(file)}`)
  if (report.alreadyThere.length > 0) lines.push('', 'The folder already had these problems (not from the import; npm run content:check shows them):', ...report.alreadyThere.map((line) => `  ${printable(line)}`))
  if (report.kept.length > 0) lines.push('', 'Kept (not overwritten):', ...report.kept.map(({ file, reason }) => `  ${printable(file)}: ${printable(reason)}`))
  if (report.skipped.length > 0) lines.push('', 'Not imported:', ...report.skipped.map(({ name, reason }) => `  ${printable(name)}: ${printable(reason)}`))
  if (feedNotes.length > 0) lines.push('', 'Reading the feed:', ...feedNotes.map((note) => `  ${printable(note)}`))
  if (report.notes.length > 0) {
    lines.push('', 'Could not be carried over (check these files):')
    for (const { name, file, notes } of report.notes) lines.push(`  ${printable(file)} (${printable(name)}):`, ...notes.map((note) => `    - ${printable(note)}`))
  }
  lines.push('', 'Every imported service has audience: both, and access from its contact details: check them. Then run npm run content:check.')
  return lines.join('\n')
}
