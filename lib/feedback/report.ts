import { ISO_DATE } from '@/lib/content/formats'
import type { DateRange, FeedbackEntry, PageSummary } from './store'

// Shared by the editors' page, the CSV download and `npm run feedback:report`, so all three
// say the same thing about the same data.

export type RangeInput = { from?: string | null; to?: string | null }
export type ParsedRange = { range: DateRange; from: string; to: string; errors: { field: 'from' | 'to'; message: string }[] }

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  // "2026-02-30" is not a date at all; some engines roll it over to March instead.
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

/** Whole days in UTC, both ends included: "to" runs until the start of the next day. */
export function parseDateRange(input: RangeInput): ParsedRange {
  const from = input.from?.trim() ?? ''
  const to = input.to?.trim() ?? ''
  const errors: ParsedRange['errors'] = []
  const range: DateRange = {}
  if (from) {
    if (isRealDate(from)) range.from = `${from}T00:00:00.000Z`
    else errors.push({ field: 'from', message: 'The start date must be a real date, like 2026-01-31' })
  }
  if (to) {
    if (isRealDate(to)) {
      const next = new Date(`${to}T00:00:00Z`)
      next.setUTCDate(next.getUTCDate() + 1)
      range.until = next.toISOString()
    } else errors.push({ field: 'to', message: 'The end date must be a real date, like 2026-12-31' })
  }
  if (range.from && range.until && range.from >= range.until) errors.push({ field: 'to', message: 'The end date must be the same as or after the start date' })
  return { range, from, to, errors }
}

export function formatShare(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`
}

export function formatAnswer(useful: boolean | null): string {
  return useful === null ? 'Problem report' : useful ? 'Yes' : 'No'
}

const languageNames = new Intl.DisplayNames('en-GB', { type: 'language' })

/** The page's language in English for the council's staff ("Welsh (cy)"); '' when it was not recorded. */
export function formatLanguage(language: string | null): string {
  if (language === null) return ''
  try {
    return `${languageNames.of(language) ?? language} (${language})`
  } catch {
    return language
  }
}

// A cell starting with = + - @ would run as a formula when an editor opens the file in a
// spreadsheet: prefix it so it stays text.
function csvCell(value: string | number | null): string {
  if (value === null) return ''
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(entries: FeedbackEntry[]): string {
  const header = ['id', 'created_at', 'page', 'language', 'useful', 'trying_to_do', 'what_went_wrong']
  const rows = entries.map((entry) =>
    [entry.id, entry.createdAt, entry.page, entry.language, entry.useful === null ? null : entry.useful ? 'yes' : 'no', entry.trying, entry.wrong].map(csvCell).join(','),
  )
  // The byte order mark tells Excel the file is UTF-8; without it, non-English comments garble.
  return `\uFEFF${[header.join(','), ...rows].join('\r\n')}\r\n`
}

// Stored text is what strangers typed: escape sequences in it must not drive the editor's terminal.
function printable(value: string): string {
  return value.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '?')
}

function pad(value: string, width: number, right = false): string {
  return right ? value.padStart(width) : value.padEnd(width)
}

/** The terminal version of the editors' page. */
export function formatTextReport(summary: PageSummary[], comments: FeedbackEntry[], heading: string): string {
  const lines = [heading, '']
  if (summary.length === 0) return [...lines, 'No feedback in this period.'].join('\n')
  const pageWidth = Math.max(4, ...summary.map((row) => row.page.length))
  lines.push(`${pad('Page', pageWidth)}  ${pad('Yes', 5, true)}  ${pad('No', 5, true)}  ${pad('Useful', 6, true)}  ${pad('Comments', 8, true)}  Latest`)
  for (const row of summary) {
    lines.push(
      `${pad(row.page, pageWidth)}  ${pad(String(row.yes), 5, true)}  ${pad(String(row.no), 5, true)}  ${pad(formatShare(row.usefulShare), 6, true)}  ${pad(String(row.comments), 8, true)}  ${row.latest.slice(0, 16).replace('T', ' ')}`,
    )
  }
  const yes = summary.reduce((total, row) => total + row.yes, 0)
  const no = summary.reduce((total, row) => total + row.no, 0)
  lines.push('', `All pages: ${yes} yes, ${no} no, ${formatShare(yes + no === 0 ? null : yes / (yes + no))} useful.`)
  if (comments.length > 0) {
    lines.push('', `Latest comments (${comments.length}):`)
    for (const entry of comments) {
      const language = formatLanguage(entry.language)
      lines.push('', `${entry.createdAt.slice(0, 16).replace('T', ' ')}  ${entry.page}  (${formatAnswer(entry.useful)}${language ? `, in ${language}` : ''})`)
      if (entry.trying) lines.push(`  Trying to do: ${printable(entry.trying).replace(/\n/g, '\n    ')}`)
      if (entry.wrong) lines.push(`  What went wrong: ${printable(entry.wrong).replace(/\n/g, '\n    ')}`)
    }
  }
  return lines.join('\n')
}
