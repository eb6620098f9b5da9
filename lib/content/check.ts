import fs from 'node:fs'
import path from 'node:path'
import { parseBody, checkBody } from './checks/body'
import { contentImageAddresses } from './images'
import { loadDocuments, type LoadedDocument, type LoadedTranslation } from './checks/load'
import { Problems, type ContentProblem } from './checks/problem'
import { measureReadability, type Readability } from './checks/readability'
import { reservedPageNames, siteAddresses } from './checks/routes'
import { checkAcrossDocuments } from './checks/rules'
import { checkMessages } from './checks/messages'
import { checkSearchWords } from './checks/search-words'
import { checkTranslations } from './checks/translations'
import { siteSchema } from './schema'

// The content check: every problem in a content folder, at once, as `file:line: field: message`
// with the fix. `npm run content:check`, the build (prebuild) and `npm run dev` (on every save)
// all run this one function.

export { formatProblem, type ContentProblem } from './checks/problem'
export { REQUIRED_PAGES } from './checks/rules'

export type CheckOptions = {
  /** Review dates that have passed become errors instead of warnings. */
  strict?: boolean
  /** YYYY-MM-DD; the day review dates are compared with (default: today). */
  today?: string
  /** The app/ folder whose routes links may go to (default: ./app). */
  appDir?: string
  /** The public/ folder images and files are served from (default: ./public). */
  publicDir?: string
}

export type DocumentReport = { file: string; audience: 'families' | 'professionals'; readability: Readability }

export type CheckReport = {
  problems: ContentProblem[]
  errors: ContentProblem[]
  warnings: ContentProblem[]
  documents: DocumentReport[]
  /** How many content files were read. */
  files: number
}

function audienceOf(document: LoadedDocument): 'families' | 'professionals' {
  return document.data.audience === 'professionals' ? 'professionals' : 'families'
}

export function runContentCheck(contentDir: string, options: CheckOptions = {}): CheckReport {
  const problems = new Problems()
  const documentReports: DocumentReport[] = []
  if (!fs.existsSync(contentDir)) {
    problems.error(contentDir, 1, '(folder)', 'does not exist: set CONTENT_DIR to the content folder')
    return { problems: problems.list, errors: problems.list, warnings: [], documents: [], files: 0 }
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10)
  const translations: LoadedTranslation[] = []
  const documents = loadDocuments(contentDir, problems, translations)
  const displayDir = path.relative(process.cwd(), path.resolve(contentDir)) || '.'
  checkAcrossDocuments(documents, displayDir, problems, { strict: options.strict ?? false, today })
  checkSearchWords(contentDir, documents, problems)
  const siteDocument = documents.find((document) => document.kind.singleton)
  // A wrong languages: is reported by its own schema; the catalogues wait until it is right.
  const languages = siteSchema.shape.languages.safeParse(siteDocument?.data.languages)
  if (languages.success) checkMessages(contentDir, languages.data, siteDocument?.lineOf(['languages']) ?? 1, problems)
  if (languages.success) {
    const mode = siteSchema.shape.translations.safeParse(siteDocument?.data.translations)
    checkTranslations(documents, translations, { languages: languages.data, mode: mode.success ? mode.data : undefined }, problems)
  }

  // Only the readingAge field: a mistake elsewhere in site.yaml (reported there) must not switch the reading ages off.
  const site = siteSchema.shape.readingAge.safeParse(siteDocument?.data.readingAge)
  const targets = site.success ? site.data : undefined
  const appDir = path.resolve(options.appDir ?? 'app')
  const reserved = new Set(reservedPageNames(appDir))
  for (const page of documents.filter((document) => document.kind.folder === 'pages' && reserved.has(document.slug))) {
    problems.error(page.file, 1, '(file name)', `becomes /${page.slug}, an address the site already uses for its own page, so this page would never be shown: rename the file (the content guide lists the site's own addresses)`)
  }
  const addresses = siteAddresses(documents, appDir, path.resolve(options.publicDir ?? 'public'), contentImageAddresses(contentDir))
  // A translation's text is checked as its default file's is (links, phone numbers, headings), but
  // not for reading age: the measure is for English.
  for (const translation of translations) checkBody(translation, parseBody(translation.body), addresses, problems)
  for (const document of documents) {
    if (document.kind.contentType !== 'markdown') continue
    const tree = parseBody(document.body)
    checkBody(document, tree, addresses, problems)
    const readability = measureReadability(tree)
    if (!readability) continue
    const audience = audienceOf(document)
    documentReports.push({ file: document.file, audience, readability })
    const target = targets?.[audience]
    if (target !== undefined && readability.readingAge > target) {
      const [longest] = readability.longest
      const example = longest ? ` The longest sentence has ${longest.words} words: "${longest.text.slice(0, 80)}${longest.text.length > 80 ? '…' : ''}"` : ''
      // Held to the site's reading age by reading-age.ts, which also makes it an error when it should be.
      problems.warn(
        'reading-age',
        { strict: false, ci: false },
        document.file,
        document.bodyLine,
        '(body)',
        `reading age is about ${readability.readingAge}, above the ${target} this site aims for on pages for ${audience} (site.yaml readingAge): use shorter sentences and everyday words.${example}`,
      )
    }
  }

  const sorted = [...problems.list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
  return {
    problems: sorted,
    errors: sorted.filter((problem) => problem.severity === 'error'),
    warnings: sorted.filter((problem) => problem.severity === 'warning'),
    documents: documentReports,
    files: documents.length + translations.length,
  }
}

/** Every problem (errors and warnings) in a content folder. */
export function checkContent(contentDir: string, options: CheckOptions = {}): ContentProblem[] {
  return runContentCheck(contentDir, options).problems
}
