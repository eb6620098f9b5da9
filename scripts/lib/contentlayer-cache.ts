import fs from 'node:fs'
import path from 'node:path'

// Contentlayer keeps each compiled document in .contentlayer/.cache under its path inside the
// content folder, and takes it as unchanged while the file's modification time is the same. Two
// content folders have files at the same paths ("pages/privacy.md"), and a git checkout can give
// both the same time to the millisecond: a build of one council's folder then served the other's
// page. So the cache is kept for one folder at a time: it is forgotten when the folder changes.

const MARKER = '.content-dir'

/** Forgets the compiled documents if they were compiled from another content folder than `contentDir`. */
export function forgetOtherContentDir(contentDir: string, generatedDir = '.contentlayer'): boolean {
  const folder = path.resolve(contentDir)
  const marker = path.join(generatedDir, MARKER)
  const previous = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8') : undefined
  if (previous === folder) return false
  fs.rmSync(path.join(generatedDir, '.cache'), { recursive: true, force: true })
  fs.mkdirSync(generatedDir, { recursive: true })
  fs.writeFileSync(marker, folder)
  return previous !== undefined
}
