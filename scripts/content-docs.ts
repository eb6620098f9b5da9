// Writes docs/content-guide.md from the content schema. Run after changing a field.
import fs from 'node:fs'
import { renderContentGuide } from '../lib/content/authoring'

fs.mkdirSync('docs', { recursive: true })
fs.writeFileSync('docs/content-guide.md', renderContentGuide())
console.log('Wrote docs/content-guide.md')
