import type { Severity } from './problem'

// The only problems that do not stop the build, each with when it does: the content check reports
// them through this list, and the content guide says what it says from it, so the two cannot
// disagree. Every other problem is an error.

export type CheckMode = {
  /** `npm run content:check -- --strict`. */
  strict: boolean
  /** In CI (CI=true, as .ci/run sets). */
  ci: boolean
}

export const WARNINGS = {
  'review-due': { what: 'a review date that has passed', errorWhen: 'strict' },
  'reading-age': { what: 'a page whose reading age is above the one site.yaml aims for', errorWhen: 'strict-or-ci' },
  'unlisted-service': { what: 'a service that no level of help lists (it is then missing from /early-help)', errorWhen: 'never' },
} as const satisfies Record<string, { what: string; errorWhen: 'strict' | 'strict-or-ci' | 'never' }>

export type WarningRule = keyof typeof WARNINGS

export function severityOf(rule: WarningRule, mode: CheckMode): Severity {
  const { errorWhen } = WARNINGS[rule]
  const asError = errorWhen === 'strict' ? mode.strict : errorWhen === 'strict-or-ci' ? mode.strict || mode.ci : false
  return asError ? 'error' : 'warning'
}
