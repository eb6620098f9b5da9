import type { z } from 'zod'
import { fieldAt, whatToWrite } from '../authoring'
import { printable } from '../formats'
import type { Problems } from './problem'
import type { YamlSource } from './yaml-source'

// Turns zod's issues into lines an editor can act on: the field, its line and the fix.

function fieldName(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((name, segment) => {
    if (typeof segment === 'number') return `${name}[${segment}]`
    return name ? `${name}.${String(segment)}` : String(segment)
  }, '')
}

function valueAt(data: unknown, segments: readonly PropertyKey[]): unknown {
  let current: unknown = data
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined
    current = Reflect.get(current, segment)
  }
  return current
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number (without quotes)',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a group of fields',
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value === null) return 'empty'
  // Escaped, so a control character in the file is shown, not acted on by the terminal.
  if (typeof value === 'string') return `the text ${printable(JSON.stringify(value))}`
  return `${typeof value} ${JSON.stringify(value)}`
}

function emptyHint(schema: z.ZodObject, segments: readonly PropertyKey[]): string | undefined {
  const field = fieldAt(schema, segments)
  return field && whatToWrite(field)
}

export function reportIssues(file: string, issues: z.core.$ZodIssue[], source: YamlSource, schema: z.ZodObject, problems: Problems): void {
  const { data, lineOf } = source
  const allowed = Object.keys(schema.shape)
  for (const issue of issues) {
    const line = lineOf(issue.path)
    if (issue.code === 'unrecognized_keys') {
      const hint = issue.path.length === 0 ? ` (the fields are: ${allowed.join(', ')})` : ''
      for (const key of issue.keys) {
        problems.error(file, lineOf([...issue.path, key]), fieldName([...issue.path, key]), `is not a field here: remove it or correct the spelling${hint}`)
      }
      continue
    }
    const field = fieldName(issue.path) || '(front matter)'
    const value = valueAt(data, issue.path)
    if (value === undefined && issue.code !== 'custom') {
      problems.error(file, line, field, 'is missing: add it, it is required')
    } else if (issue.code === 'invalid_type' && value === null && emptyHint(schema, issue.path)) {
      // A field left empty (as `npm run new` writes them): its example says what to write.
      problems.error(file, line, field, `is empty: ${emptyHint(schema, issue.path)}`)
    } else if (issue.code === 'invalid_type') {
      const expected = EXPECTED[issue.expected] ?? issue.expected
      problems.error(file, line, field, `must be ${expected}, but it is ${describeValue(value)}`)
    } else if (issue.code === 'invalid_value') {
      const options = issue.values.map(String).join(', ')
      problems.error(file, line, field, `is ${describeValue(value)}, which is not allowed: use one of ${options}`)
    } else {
      problems.error(file, line, field, issue.message)
    }
  }
}
