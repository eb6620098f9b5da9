// `npm run new -- service "Parenting course"`: writes a correctly named file with every field to
// fill in. CONTENT_DIR picks another folder.
import fs from 'node:fs'
import path from 'node:path'
import { CREATABLE_KINDS, documentTemplate, kindName, newDocumentPath, newPageNotes, slugFor } from '../lib/content/authoring'
import { reservedPageNames } from '../lib/content/checks/routes'

const [type, ...words] = process.argv.slice(2)
const name = words.join(' ').trim()
const kinds = CREATABLE_KINDS.map(kindName)
const kind = CREATABLE_KINDS.find((candidate) => kindName(candidate) === type)

if (!kind || !name || !slugFor(name)) {
  console.error(`Usage: npm run new -- <${kinds.join('|')}> "Name"\nFor example: npm run new -- service "Parenting course"`)
  process.exit(1)
}
const slug = slugFor(name)
// A page named like one of the app's own addresses (/search, /list ...) could never be shown.
if (kind.folder === 'pages' && reservedPageNames(path.resolve('app')).includes(slug)) {
  console.error(`/${slug} is an address the site already uses for its own page, so a page called ${slug}.md would never be shown: choose another name.`)
  process.exit(1)
}
const file = path.join(process.env.CONTENT_DIR ?? 'content', newDocumentPath(kind, name))
if (fs.existsSync(file)) {
  console.error(`${file} already exists: choose another name, or edit that file.`)
  process.exit(1)
}
fs.mkdirSync(path.dirname(file), { recursive: true })
fs.writeFileSync(file, documentTemplate(kind, name))
console.log(`Wrote ${file}. Fill in every empty field, then run npm run content:check.`)
if (kind.folder === 'pages') console.log(newPageNotes(slug, name).join('\n'))
