import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import type { CheckReport, DocumentReport } from '../check'
import { siteSchema } from '../schema'
import type { ContentProblem } from './problem'
import { severityOf, type CheckMode } from './severity'
import type { MeasuredSentence } from './readability'

// Holds each page to its audience's reading age (site.yaml readingAge: families 9, professionals 14
// in Leeds and the starter). Above it is a warning, and an error with --strict and in CI (CI=true),
// so a page that slips back fails the build that CI runs. The problem names the sentences that
// push the age up most, on their own lines, so an editor knows which to shorten.
//
// `runContentCheck` words its own reading-age warning; this replaces it with the held one, so the
// content check and this rule can later be one without the report changing.

const OWN_WARNING = /^reading age is about /

type Targets = { families: number; professionals: number }

export function readingAgeTargets(contentDir: string): Targets | undefined {
  try {
    // Only the readingAge field: a mistake elsewhere in site.yaml must not switch the rule off.
    const site: unknown = parse(fs.readFileSync(path.join(contentDir, 'site.yaml'), 'utf8'))
    const targets = siteSchema.shape.readingAge.safeParse(typeof site === 'object' && site !== null && 'readingAge' in site ? site.readingAge : undefined)
    return targets.success ? targets.data : undefined
  } catch {
    return undefined // the content check reports a missing or broken site.yaml itself
  }
}

const quoted = (sentence: MeasuredSentence) => `"${sentence.text.length > 90 ? `${sentence.text.slice(0, 90)}…` : sentence.text}"`

export function readingAgeMessage(document: DocumentReport, target: number): string {
  const { readability, audience } = document
  const [first, second] = readability.hardest
  const shorten = first
    ? ` Shorten or use everyday words in ${quoted(first)} (${first.words} words, about ${first.readingAge} on its own)${second ? ` and then ${quoted(second)}` : ''}.`
    : ' Use shorter sentences and everyday words.'
  return `reading age is about ${readability.readingAge}: pages for ${audience} aim for ${target} or less (site.yaml readingAge).${shorten}`
}

/** The report with each page above its reading age as a warning, or as an error when severity.ts says so (--strict, CI). */
export function holdReadingAges(report: CheckReport, contentDir: string, mode: CheckMode): CheckReport {
  const targets = readingAgeTargets(contentDir)
  if (!targets) return report
  const own = new Map<string, ContentProblem>()
  const kept = report.problems.filter((problem) => {
    if (problem.field !== '(body)' || !OWN_WARNING.test(problem.message)) return true
    own.set(problem.file, problem)
    return false
  })
  const held: ContentProblem[] = []
  for (const document of report.documents) {
    const target = targets[document.audience]
    if (document.readability.readingAge <= target) continue
    const bodyLine = own.get(document.file)?.line ?? 1
    const sentenceLine = document.readability.hardest[0]?.line
    held.push({
      file: document.file,
      line: sentenceLine === undefined ? bodyLine : bodyLine + sentenceLine - 1,
      field: '(body)',
      message: readingAgeMessage(document, target),
      severity: severityOf('reading-age', mode),
    })
  }
  const problems = [...kept, ...held].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
  return {
    ...report,
    problems,
    errors: problems.filter((problem) => problem.severity === 'error'),
    warnings: problems.filter((problem) => problem.severity === 'warning'),
  }
}
