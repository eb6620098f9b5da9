import { severityOf, type CheckMode, type WarningRule } from './severity'

// One problem the content check found: where it is, which field, what to do about it.

export type Severity = 'error' | 'warning'

export type ContentProblem = {
  file: string
  /** Line in the file (1 is the first line); the field's line when it has one. */
  line: number
  field: string
  message: string
  severity: Severity
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`
}

/** Collects problems for one file, so rules only say what and where. */
export class Problems {
  readonly list: ContentProblem[] = []

  error(file: string, line: number, field: string, message: string): void {
    this.list.push({ file, line, field, message, severity: 'error' })
  }

  /** One of the few problems that need not stop the build (severity.ts lists them, and when they do). */
  warn(rule: WarningRule, mode: CheckMode, file: string, line: number, field: string, message: string): void {
    this.list.push({ file, line, field, message, severity: severityOf(rule, mode) })
  }

  add(problem: ContentProblem): void {
    this.list.push(problem)
  }

  has(predicate: (problem: ContentProblem) => boolean): boolean {
    return this.list.some(predicate)
  }
}
