// `npm run content` (after the content check): contentlayer's build of CONTENT_DIR (default content/),
// with its cache forgotten when the last build was of another folder (scripts/lib/contentlayer-cache.ts),
// and the folder's images copied to public/images/.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { copyContentImages } from '../lib/content/images'
import { writeCatalogueBundle } from '../lib/i18n/catalogue-files'
import { forgetOtherContentDir } from './lib/contentlayer-cache'

const contentDir = process.env.CONTENT_DIR ?? 'content'
if (forgetOtherContentDir(contentDir)) console.log(`contentlayer: the last build was of another content folder; compiling ${contentDir} afresh`)
// The content folder's images/ become the site's /images/ (a folder outside the project too).
copyContentImages(contentDir, 'public')
const built = spawnSync(path.join('node_modules', '.bin', 'contentlayer2'), ['build'], { stdio: 'inherit', env: process.env })
// The interface words of the council's other languages, beside contentlayer's output (lib/i18n/catalogue-files.ts).
if (built.status === 0) writeCatalogueBundle(contentDir)
process.exit(built.status ?? 1)
