import fs from 'node:fs'
import path from 'node:path'
import { ENGLISH, isPluralMessage, placeholdersOf, pluralCategories, type Message } from '../../i18n/catalogue'
import { MESSAGES_FOLDER, siteLanguages, usesProjectCatalogue } from '../../i18n/site-languages'
import { languageNameInEnglish } from '../languages'
import { didYouMean } from './did-you-mean'
import { displayPath } from './load'
import type { Problems } from './problem'

// The translators' catalogues (messages/<language>.json in the content folder) against the
// project's English one: every key there, no other, each message with the same {placeholders}
// and, where it counts something, every plural form the language has (Intl.PluralRules).

const ENGLISH_FILE = 'lib/i18n/messages/en.json'

/** The file line of `"key":` (1 when the key is not written in the file). */
function lineFinder(source: string): (key: string, after?: number) => number {
  const lines = source.split(/\r?\n/)
  return (key, after = 0) => {
    const needle = `${JSON.stringify(key)}`
    const index = lines.findIndex((line, number) => number >= after && line.trimStart().startsWith(needle))
    return index < 0 ? 1 : index + 1
  }
}

function listed(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

function braces(names: readonly string[]): string {
  return listed(names.map((name) => `{${name}}`))
}

function checkText(file: string, line: number, field: string, text: string, english: string, problems: Problems): void {
  if (text.trim() === '') {
    problems.error(file, line, field, `is empty: write the message (in English: "${english}")`)
    return
  }
  const wanted = placeholdersOf(english)
  const given = placeholdersOf(text)
  const missing = wanted.filter((name) => !given.includes(name))
  const extra = given.filter((name) => !wanted.includes(name))
  if (missing.length > 0) problems.error(file, line, field, `leaves out ${braces(missing)}: the site puts a value there, so keep it as written, untranslated (in English: "${english}")`)
  if (extra.length > 0) problems.error(file, line, field, `has ${braces(extra)}, which the site does not fill in: ${wanted.length > 0 ? `use only ${braces(wanted)}` : 'this message has no placeholders'}, as written in English`)
}

function checkMessage(file: string, lineOf: ReturnType<typeof lineFinder>, language: string, key: string, message: unknown, english: Message, problems: Problems): void {
  const line = lineOf(key)
  const englishText = isPluralMessage(english) ? english.other : english
  if (!isPluralMessage(english)) {
    if (typeof message !== 'string') problems.error(file, line, key, `must be one text in quotes, like "${key}": "…" (in English: "${english}")`)
    else checkText(file, line, key, message, english, problems)
    return
  }
  const categories = pluralCategories(language)
  const name = languageNameInEnglish(language.split('-')[0] ?? language)
  if (!isPluralMessage(message)) {
    problems.error(file, line, key, `counts something, so it needs one text for each plural form ${name} has: { ${categories.map((category) => `"${category}": "…"`).join(', ')} } (in English: "${englishText}")`)
    return
  }
  for (const [category, text] of Object.entries(message)) {
    const formLine = lineOf(category, line - 1)
    if (!categories.some((known) => known === category)) {
      problems.error(file, formLine, `${key}.${category}`, `is not a plural form ${name} uses: delete it (${name} has ${listed(categories)})`)
    } else if (typeof text !== 'string') {
      problems.error(file, formLine, `${key}.${category}`, 'must be a text in quotes')
    } else {
      checkText(file, formLine, `${key}.${category}`, text, englishText, problems)
    }
  }
  const missing = categories.filter((category) => !(category in message))
  if (missing.length > 0) {
    problems.error(file, line, key, `has no ${listed(missing.map((category) => `"${category}"`))} form: ${name} needs ${listed(categories)} (Intl.PluralRules), so add ${missing.length === 1 ? 'it' : 'them'} (in English: "${englishText}")`)
  }
}

/** One catalogue file against the English catalogue. */
export function checkCatalogue(file: string, language: string, source: string, problems: Problems): void {
  let data: unknown
  try {
    data = JSON.parse(source)
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')
    const line = position ? source.slice(0, Number(position[1])).split('\n').length : 1
    problems.error(file, line, '(file)', 'is not valid JSON: each line is "key": "text", with a comma after every line but the last, and quotes inside a text written as \\"')
    return
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.error(file, 1, '(file)', `must be one JSON object of "key": "text" lines, like ${ENGLISH_FILE}`)
    return
  }
  const lineOf = lineFinder(source)
  const given = new Map(Object.entries(data))
  const keys = Object.keys(ENGLISH)
  for (const [key, english] of Object.entries(ENGLISH)) {
    if (!given.has(key)) {
      problems.error(file, 1, key, `is missing: add "${key}": with the ${languageNameInEnglish(language.split('-')[0] ?? language)} for "${isPluralMessage(english) ? english.other : english}" (every key in ${ENGLISH_FILE} needs one)`)
      continue
    }
    checkMessage(file, lineOf, language, key, given.get(key), english, problems)
  }
  for (const key of given.keys()) {
    if (!(key in ENGLISH)) problems.error(file, lineOf(key), key, `is not a key the site uses: delete it, or correct its name.${didYouMean(key, keys)}`)
  }
}

/**
 * Every language in site.yaml has a catalogue (English's is the project's), every catalogue is a
 * language in site.yaml, and each is complete. `languages` is site.yaml's value once it is valid.
 */
export function checkMessages(contentDir: string, languages: readonly string[] | undefined, languagesLine: number, problems: Problems): void {
  const folder = path.join(contentDir, MESSAGES_FOLDER)
  const siteFile = displayPath(path.join(contentDir, 'site.yaml'))
  const wanted = siteLanguages({ languages })
  const files = fs.existsSync(folder) ? fs.readdirSync(folder).sort() : []
  for (const name of files) {
    const file = displayPath(path.join(folder, name))
    const language = name.replace(/\.json$/, '')
    if (!name.endsWith('.json')) {
      problems.error(file, 1, '(file)', `is not a catalogue: ${MESSAGES_FOLDER}/ holds one <language>.json for each language in site.yaml, like ${MESSAGES_FOLDER}/cy.json`)
    } else if (!wanted.includes(language)) {
      problems.error(file, 1, '(file)', `is for ${language}, which is not one of the site's languages (${listed([...wanted])}): add ${language} to languages: in site.yaml, or rename or delete the file`)
    } else {
      checkCatalogue(file, language, fs.readFileSync(path.join(folder, name), 'utf8'), problems)
    }
  }
  for (const language of wanted) {
    if (usesProjectCatalogue(language) || files.includes(`${language}.json`)) continue
    problems.error(siteFile, languagesLine, 'languages', `lists ${language}, which has no interface words: add ${MESSAGES_FOLDER}/${language}.json to the content folder (a copy of ${ENGLISH_FILE} with each text translated)`)
  }
}
