import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { SEARCH_WORDS_FILE, searchWordsFrom, type EditorsWords } from './search-words'

/** The editors' word list of a content folder, or no extra words when it has none. */
export function readSearchWords(contentDir: string): EditorsWords {
  const file = path.join(/*turbopackIgnore: true*/ contentDir, SEARCH_WORDS_FILE)
  if (!fs.existsSync(/*turbopackIgnore: true*/ file)) return searchWordsFrom({})
  return searchWordsFrom(parse(fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8')))
}
