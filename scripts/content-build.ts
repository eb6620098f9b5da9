// `npm run content` (after the content check): contentlayer's build of CONTENT_DIR (default content/),
// with its cache forgotten when the last build was of another folder (scripts/lib/contentlayer-cache.ts).
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { forgetOtherContentDir } from './lib/contentlayer-cache'

const contentDir = process.env.CONTENT_DIR ?? 'content'
if (forgetOtherContentDir(contentDir)) console.log(`contentlayer: the last build was of another content folder; compiling ${contentDir} afresh`)
const built = spawnSync(path.join('node_modules', '.bin', 'contentlayer2'), ['build'], { stdio: 'inherit', env: process.env })
process.exit(built.status ?? 1)
