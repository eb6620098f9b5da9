import fs from 'node:fs'
import path from 'node:path'

// `npm run dev` writes the content check's errors here on every save; the site (in development
// only) reads them and shows them instead of a stale page.

export const DEV_PROBLEMS_FILE = path.join('.contentlayer', 'content-problems.json')

export type DevProblems = { checkedAt: string; errors: string[] }

export function writeDevProblems(errors: string[], file = DEV_PROBLEMS_FILE): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const value: DevProblems = { checkedAt: new Date().toISOString(), errors }
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(value))
  fs.renameSync(`${file}.tmp`, file)
}

export function readDevProblems(file = DEV_PROBLEMS_FILE): string[] {
  try {
    // Not traced into the production build: a path Next cannot see statically made it copy the
    // whole project (the feedback database in data/ included) into the standalone folder.
    const value: unknown = JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8'))
    if (value && typeof value === 'object' && 'errors' in value && Array.isArray(value.errors)) return value.errors.map(String)
  } catch {
    // No file yet (the dev script has not run) or a half-written one: nothing to show.
  }
  return []
}
