import fs from 'node:fs'
import path from 'node:path'
import type { Guide, Hub, Need, Page, Service, SupportLevel, Venue } from 'contentlayer/generated'
import { DOCUMENT_KINDS, translationType } from '../content/kinds'
import { isRecord, mergeTranslation } from '../content/translations'
import type { SiteContent } from './site-documents'

// The compiled content, read from contentlayer's output in the project folder: for the build
// step that serialises the search indexes and for the benchmarks (the site itself reads content
// through lib/content, which only runs inside the server).

function generated<T>(type: string, required = true): T[] {
  const file = path.resolve('.contentlayer/generated', type, '_index.json')
  if (!fs.existsSync(file)) {
    if (!required) return []
    throw new Error(`No ${file}: run \`npm run content\` first.`)
  }
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}

type Translatable = { slug: string; body: unknown }

/**
 * A type's documents in `language`: each translated one with its translation's text and body
 * merged into its facts as lib/content/in-language.ts does for the pages, marked with the language
 * its text is in; an untranslated one as it is, marked with the default language.
 */
function inLanguage<T extends Translatable>(type: string, language: string | undefined, defaultLanguage: string | undefined): (T & { textLanguage?: string })[] {
  const documents = generated<T>(type)
  if (language === undefined || defaultLanguage === undefined || language === defaultLanguage) return documents
  const kind = DOCUMENT_KINDS.find((candidate) => candidate.type === type)
  const translations = kind ? generated<unknown>(translationType(kind), false) : []
  const ofLanguage = new Map(
    translations.filter(isRecord).flatMap((translation) => (translation.language === language && typeof translation.slug === 'string' ? [[translation.slug, translation] as const] : [])),
  )
  return documents.map((document) => {
    const translation = ofLanguage.get(document.slug)
    if (!translation || !kind) return { ...document, textLanguage: defaultLanguage }
    return { ...document, ...mergeTranslation(kind.text ?? [], { ...document }, translation), body: translation.body, textLanguage: language }
  })
}

/** The site's documents; with a language (and the site's default), their text in that language where translated. */
export function compiledContent(language?: string, defaultLanguage?: string): SiteContent & { needs: Need[] } {
  const of = <T extends Translatable>(type: string) => inLanguage<T>(type, language, defaultLanguage)
  return {
    needs: of<Need>('Need'),
    hubs: of<Hub>('Hub'),
    venues: of<Venue>('Venue'),
    services: of<Service>('Service'),
    supportLevels: of<SupportLevel>('SupportLevel'),
    guides: of<Guide>('Guide'),
    pages: of<Page>('Page'),
  }
}
