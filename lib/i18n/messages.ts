import 'server-only'
import bundle from '@/.contentlayer/catalogues.json'
import { getSite } from '@/lib/content'
import { ENGLISH, isPluralMessage, type Catalogue } from './catalogue'
import { siteLanguages, languageSegment } from './site-languages'
import { createTranslator, type Translator } from './translator'

// The site's languages and each one's words. The content check has compared every council
// catalogue with the English one before this runs, so here a catalogue is only picked, not checked.

/** The site's languages, the default first. */
export function getLanguages(): readonly string[] {
  return siteLanguages(getSite())
}

export function getDefaultLanguage(): string {
  return getLanguages()[0] ?? 'en-GB'
}

/** The language whose address segment this is (cy, ar-xb), if the site has it. */
export function languageOfSegment(segment: string): string | undefined {
  return getLanguages().find((language) => languageSegment(language) === segment)
}

function catalogueOf(language: string): Catalogue {
  const entry: unknown = Object.entries(bundle).find(([tag]) => tag === language)?.[1]
  if (typeof entry !== 'object' || entry === null) return ENGLISH
  const catalogue: Catalogue = {}
  for (const [key, message] of Object.entries(entry)) {
    if (typeof message === 'string' || isPluralMessage(message)) catalogue[key] = message
  }
  return catalogue
}

const translators = new Map<string, Translator>()

/** The words of one of the site's languages. */
export function getTranslator(language: string = getDefaultLanguage()): Translator {
  let translator = translators.get(language)
  if (!translator) {
    translator = createTranslator(language, catalogueOf(language))
    translators.set(language, translator)
  }
  return translator
}
