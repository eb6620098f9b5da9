// After `next build` and `build:server`: makes <distDir>/standalone a complete production folder
// (docs/deploy.md). It gets the site's own server (dist/server.js: CSP, timeouts, client address)
// and the built assets, so an instance can run on its own: `cd .next/standalone && node dist/server.js`.
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const distDir = process.env.NEXT_DIST_DIR ?? '.next'
const standalone = path.join(root, distDir, 'standalone')

if (!fs.existsSync(standalone)) {
  console.error(`${path.relative(root, standalone)} is missing: next.config.ts must keep output: 'standalone'`)
  process.exit(1)
}
fs.mkdirSync(path.join(standalone, 'dist'), { recursive: true })
fs.copyFileSync(path.join(root, 'dist/server.js'), path.join(standalone, 'dist/server.js'))
fs.cpSync(path.join(root, distDir, 'static'), path.join(standalone, distDir, 'static'), { recursive: true })
console.log(`Standalone server ready in ${path.relative(root, standalone)}/ (run: node dist/server.js)`)
