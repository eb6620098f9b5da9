import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { formatProblem, type ContentProblem } from '../../lib/content/check'

// `npm test` and `npm run build` run the content check several times (type check, unit tests,
// each build); the same warnings printed at each buried the lines that matter. A quiet run
// remembers the warnings it printed for each content folder, and the next quiet run with the very
// same warnings prints only their count. Kept in the system's temporary folder (one small file per
// content folder), outside the project and its installed packages.

const DEFAULT_DIR = path.join(os.tmpdir(), 'content-check-warnings')

/** True when the last quiet run for `contentDir` printed these same warnings; remembers them if not. */
export function seenBefore(contentDir: string, warnings: readonly ContentProblem[], cacheDir = DEFAULT_DIR): boolean {
  if (warnings.length === 0) return false
  const fingerprint = createHash('sha256').update(warnings.map(formatProblem).join('\n')).digest('hex')
  const file = path.join(cacheDir, `${createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 16)}.txt`)
  try {
    if (fs.readFileSync(file, 'utf8') === fingerprint) return true
  } catch {
    // never printed before
  }
  try {
    fs.mkdirSync(cacheDir, { recursive: true })
    fs.writeFileSync(file, fingerprint)
  } catch {
    // a read-only tree prints the warnings each time, as before
  }
  return false
}
