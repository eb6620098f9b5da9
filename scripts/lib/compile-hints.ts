import fs from 'node:fs'
import path from 'node:path'

// V8 compiles most functions lazily: the first call parses and compiles each one on the main
// thread. For React and Next's router, every page's start-up, that was about 55 ms of a
// mid-range phone's main thread inside one long task (220 ms at Lighthouse's 4x slowdown).
// This magic comment, as a script's first line, asks Chromium to compile the whole file eagerly
// while it streams in, on a background thread (https://v8.dev/blog/explicit-compile-hints).
// Other browsers read it as a comment.
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

/**
 * Marks the framework chunks every page runs at start-up (Next's rootMainFiles), and only those:
 * compiling a route's own code eagerly would spend phones' time on functions most pages never
 * call. Idempotent. Returns the files it marked, relative to distDir.
 */
export function addCompileHints(distDir: string): string[] {
  const manifestPath = path.join(distDir, 'build-manifest.json')
  if (!fs.existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run next build first`)
  const manifest: unknown = JSON.parse(fs.readFileSync(manifestPath, 'utf8'))
  const files = rootMainFiles(manifest)
  if (files.length === 0) {
    throw new Error(`${manifestPath} lists no rootMainFiles: Next.js may have renamed the field; update scripts/lib/compile-hints.ts`)
  }
  const marked: string[] = []
  for (const file of files) {
    const full = path.join(distDir, file)
    const code = fs.readFileSync(full, 'utf8')
    if (code.startsWith(COMPILE_HINT)) continue
    fs.writeFileSync(full, `${COMPILE_HINT}\n${code}`)
    marked.push(file)
  }
  return marked
}

function rootMainFiles(manifest: unknown): string[] {
  if (typeof manifest !== 'object' || manifest === null || !('rootMainFiles' in manifest)) return []
  const files = manifest.rootMainFiles
  return Array.isArray(files) ? files.filter((file): file is string => typeof file === 'string' && file.endsWith('.js')) : []
}
