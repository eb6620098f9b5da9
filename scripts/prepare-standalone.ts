// After `next build` and `build:server`: makes <distDir>/standalone a complete production folder
// (docs/deploy.md). It gets the site's own server (dist/server.js: CSP, timeouts, client address)
// and the built assets, so an instance can run on its own: `cd .next/standalone && node dist/server.js`.
import fs from 'node:fs'
import path from 'node:path'
import { isSearchIndexFile } from '../lib/search/index-file'

const root = path.resolve(import.meta.dirname, '..')
const distDir = process.env.NEXT_DIST_DIR ?? '.next'
const standalone = path.join(root, distDir, 'standalone')
// Where build:server wrote the bundle: dist/, or the folder a side-by-side build chose (scripts/test-councils.sh).
const serverDir = process.env.SERVER_OUT_DIR ?? 'dist'

if (!fs.existsSync(standalone)) {
  console.error(`${path.relative(root, standalone)} is missing: next.config.ts must keep output: 'standalone'`)
  process.exit(1)
}
// The standalone folder is what gets deployed: it must hold no feedback anyone gave this machine.
const databases = fs.readdirSync(standalone, { recursive: true, encoding: 'utf8' }).filter((name) => /\.sqlite(-wal|-shm)?$/.test(name) && !name.startsWith('node_modules'))
if (databases.length > 0) {
  console.error(`${path.relative(root, standalone)} holds feedback databases (${databases.join(', ')}): a file access Next cannot trace statically has copied the project into it. Find it in the build's "Dynamic filesystem access" warning and scope it (or mark it /*turbopackIgnore: true*/).`)
  process.exit(1)
}
fs.mkdirSync(path.join(standalone, 'dist'), { recursive: true })
for (const entry of ['server.js', 'start.js']) fs.copyFileSync(path.join(root, serverDir, entry), path.join(standalone, 'dist', entry))
fs.cpSync(path.join(root, distDir, 'static'), path.join(standalone, distDir, 'static'), { recursive: true })
// The files the site serves as they are: the content folder's images (public/images/, copied by `npm run content`).
if (fs.existsSync(path.join(root, 'public'))) fs.cpSync(path.join(root, 'public'), path.join(standalone, 'public'), { recursive: true })
// The search indexes the build serialised (scripts/build-search-index.ts), one per language, loaded at start.
for (const name of fs.readdirSync(path.join(root, distDir)).filter(isSearchIndexFile)) {
  fs.copyFileSync(path.join(root, distDir, name), path.join(standalone, distDir, name))
}
console.log(`Standalone server ready in ${path.relative(root, standalone)}/ (run: node dist/start.js)`)
