// After `next build`: builds the site search index from the compiled content and the editors'
// word list, and writes it serialised to <distDir>/search-index.json, so the server loads it at
// start instead of reading and tokenising every document. prepare-standalone.ts copies it.
import fs from 'node:fs'
import { compiledContent } from '../lib/search/compiled-content'
import { buildSearchIndex } from '../lib/search/engine'
import { searchIndexFile } from '../lib/search/index-file'
import { readSearchWords } from '../lib/search/search-words-file'
import { siteDocuments } from '../lib/search/site-documents'

const started = performance.now()
const { docs, words } = siteDocuments(compiledContent(), readSearchWords(process.env.CONTENT_DIR ?? 'content'))
const index = buildSearchIndex(docs, words)
const file = searchIndexFile()
fs.writeFileSync(file, JSON.stringify(index.toJSON()))
console.log(`Search index: ${index.documentCount} documents, ${index.termCount} terms, ${(fs.statSync(file).size / 1024).toFixed(0)} KB in ${file} (${(performance.now() - started).toFixed(0)} ms)`)
