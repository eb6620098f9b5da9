// After `next build`, before the standalone copy: asks Chromium to compile the framework chunks
// off the main thread (scripts/lib/compile-hints.ts says why).
import path from 'node:path'
import { addCompileHints } from './lib/compile-hints'

const distDir = path.resolve(import.meta.dirname, '..', process.env.NEXT_DIST_DIR ?? '.next')
try {
  const marked = addCompileHints(distDir)
  console.log(`Compile hints: ${marked.length === 0 ? 'already on every framework chunk' : `added to ${marked.join(', ')}`}`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
