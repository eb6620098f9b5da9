// After `next build`, before the standalone copy, in this order (the hint changes the files that
// are then compressed): bundles the site's own script (scripts/build-enhance.ts), asks Chromium to compile the framework chunks off the main thread
// (scripts/lib/compile-hints.ts), then compresses every build asset once (scripts/lib/precompress.ts).
import path from 'node:path'
import { buildEnhance } from './build-enhance'
import { addCompileHints } from './lib/compile-hints'
import { precompressStatic } from './lib/precompress'

const distDir = path.resolve(import.meta.dirname, '..', process.env.NEXT_DIST_DIR ?? '.next')
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`
try {
  const own = buildEnhance(distDir)
  console.log(`Site script: ${path.relative(distDir, own.file)}, ${kb(own.bytes)}`)
  const marked = addCompileHints(distDir)
  console.log(`Compile hints: ${marked.length === 0 ? 'already on every framework chunk' : `added to ${marked.join(', ')}`}`)
  const sizes = precompressStatic(path.join(distDir, 'static'))
  console.log(`Precompressed ${sizes.files} build assets: ${kb(sizes.bytes)}, gzip ${kb(sizes.gzip)}, Brotli ${kb(sizes.br)}`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
