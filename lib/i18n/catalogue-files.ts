import fs from 'node:fs'
import path from 'node:path'
import { MESSAGES_FOLDER } from './site-languages'

// The translators' catalogues go into the site the way the rest of the content does: `npm run
// content` copies them, once checked, into one generated file beside contentlayer's output, which
// the site imports (lib/i18n/messages.ts). So the server reads no content folder while it runs,
// and a build of another council's folder (CONTENT_DIR) brings that council's words.

export const CATALOGUE_BUNDLE = path.join('.contentlayer', 'catalogues.json')

/** Writes every messages/<language>.json of the content folder into one file: { "cy": { … } }. */
export function writeCatalogueBundle(contentDir: string, out = CATALOGUE_BUNDLE): void {
  const folder = path.join(contentDir, MESSAGES_FOLDER)
  const bundle: Record<string, unknown> = {}
  if (fs.existsSync(folder)) {
    for (const name of fs.readdirSync(folder).sort()) {
      if (name.endsWith('.json')) bundle[name.slice(0, -'.json'.length)] = JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8'))
    }
  }
  fs.mkdirSync(path.dirname(out), { recursive: true })
  const text = `${JSON.stringify(bundle)}\n`
  // Unchanged content leaves the file alone, so Next's dev server does not reload for nothing.
  if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== text) fs.writeFileSync(out, text)
}
