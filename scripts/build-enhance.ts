// After `next build`: bundles the site's own script (lib/enhance/entry.ts) into
// <distDir>/static/enhance/site-<hash>.js, where the server sends it from memory, compressed by the
// build and kept a year (the name changes with its content). The server adds it to every page in
// place of the framework's scripts (lib/security/page-scripts.ts).
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { buildSync } from 'esbuild'
import { ENHANCE_FOLDER } from '../lib/security/page-scripts'

export function buildEnhance(distDir: string): { file: string; bytes: number } {
  const root = path.resolve(import.meta.dirname, '..')
  const result = buildSync({
    entryPoints: [path.join(root, 'lib/enhance/entry.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    // Browsers that run scripts at all, from the last few years (the site works without any).
    target: ['es2020'],
    alias: { '@': root },
    write: false,
    logLevel: 'warning',
  })
  const code = result.outputFiles[0]?.contents
  if (!code) throw new Error('esbuild produced no script from lib/enhance/entry.ts')
  const folder = path.join(distDir, 'static', ENHANCE_FOLDER)
  fs.rmSync(folder, { recursive: true, force: true })
  fs.mkdirSync(folder, { recursive: true })
  const name = `site-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`
  fs.writeFileSync(path.join(folder, name), code)
  return { file: path.join(folder, name), bytes: code.byteLength }
}
