import fs from 'node:fs'
import path from 'node:path'
import { SEARCH_WORDS_FILE, phraseKey, searchWordsSchema } from '../../search/search-words'
import { didYouMean } from './did-you-mean'
import { displayPath, type LoadedDocument } from './load'
import type { Problems } from './problem'
import { readYaml } from './yaml-source'
import { reportIssues } from './zod-problems'

// The editors' word list for the search (search/synonyms.yaml, optional): every need it names
// exists, no entry is empty or means nothing to the search, and no word is listed twice (two
// spellings the search reads as one word, "separated" and "separation", count as the same).

type Seen = { line: number; where: string }

export function checkSearchWords(contentDir: string, documents: LoadedDocument[], problems: Problems): void {
  const full = path.join(contentDir, SEARCH_WORDS_FILE)
  if (!fs.existsSync(full)) return
  const file = displayPath(path.resolve(full))
  const source = readYaml(file, fs.readFileSync(full, 'utf8'), 1, problems)
  if (!source) return
  const result = searchWordsSchema.safeParse(source.data)
  if (!result.success) {
    reportIssues(file, result.error.issues, source, searchWordsSchema, problems)
    return
  }
  const { needs = {}, sameMeaning = [], noPage = [] } = result.data ?? {}
  const needDocuments = new Map(documents.filter((document) => document.kind.folder === 'needs').map((document) => [document.slug, document]))
  const seen = new Map<string, Seen>()

  /** Checks one entry; `also` is where else the same words may not be (the need's own everyday words). */
  const entry = (value: string | null, at: (string | number)[], where: string, also: Map<string, string> = new Map()) => {
    const line = source.lineOf(at)
    const field = at.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`)).join('').slice(1)
    if (value === null || value.trim() === '') {
      problems.error(file, line, field, 'is empty: write a word or phrase, or delete the line')
      return
    }
    const key = phraseKey(value)
    if (key === '') {
      problems.error(file, line, field, `"${value}" has only words the search ignores (like "the", "my", "to"): use a word that means something`)
      return
    }
    const own = also.get(key)
    if (own) {
      problems.error(file, line, field, `"${value}" is already an everyday word of ${own}: delete it here`)
      return
    }
    const before = seen.get(key)
    if (before) {
      problems.error(file, line, field, `"${value}" is already listed at line ${before.line} (${before.where}); the search reads them as the same word: list it once`)
      return
    }
    seen.set(key, { line, where })
  }

  for (const [need, list] of Object.entries(needs ?? {})) {
    const document = needDocuments.get(need)
    if (!document) {
      problems.error(file, source.lineOf(['needs', need]), `needs.${need}`, `is not a need: use the file name of a need in needs/ without .md.${didYouMean(need, [...needDocuments.keys()])}`)
      continue
    }
    if (!list || list.length === 0) {
      problems.error(file, source.lineOf(['needs', need]), `needs.${need}`, 'has no words: list words under it (lines starting with "- ") or delete it')
      continue
    }
    const everyday = Array.isArray(document.data.everydayWords) ? document.data.everydayWords.filter((word): word is string => typeof word === 'string') : []
    const own = new Map([document.data.name, ...everyday].filter((word): word is string => typeof word === 'string').map((word) => [phraseKey(word), document.file]))
    list.forEach((word, index) => entry(word, ['needs', need, index], `needs.${need}`, own))
  }
  ;(sameMeaning ?? []).forEach((group, index) => {
    const at = ['sameMeaning', index]
    const filled = (group ?? []).filter((word) => word !== null && word.trim() !== '')
    if (filled.length < 2) {
      problems.error(file, source.lineOf(at), `sameMeaning[${index}]`, 'needs two or more words that mean the same thing, like [FIS, Family Information Service]')
      return
    }
    ;(group ?? []).forEach((word, position) => entry(word, [...at, position], 'sameMeaning'))
  })
  ;(noPage ?? []).forEach((word, index) => entry(word, ['noPage', index], 'noPage'))
}
