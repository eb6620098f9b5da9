import { isLanguageCode, languageNameInEnglish } from '@/lib/content/languages'
import type { OrukLanguage } from '../hsds'

// Languages staff use besides English, as the service's `languages` (name and ISO code; British
// Sign Language is code bfi, ISO 639-3), and back. Interpreters are not a language (the profile:
// languages "does not include languages which can only be used with interpretation"): a service
// that offers them carries the term "Interpreters on request" of the "Language support" taxonomy.

export type LanguageFields = Omit<OrukLanguage, 'id' | 'service_id'>

export const BSL = { name: 'British Sign Language', code: 'bfi' } as const
export const LANGUAGE_SUPPORT_TAXONOMY = 'language-support'
export const INTERPRETERS_TERM = { code: 'interpreters', name: 'Interpreters on request', description: 'Families can ask for an interpreter.' } as const

export function languageEntries(codes: readonly string[] | undefined, britishSignLanguage: boolean | undefined): LanguageFields[] {
  return [...(codes ?? []).map((code) => ({ name: languageNameInEnglish(code), code })), ...(britishSignLanguage ? [BSL] : [])]
}

/** Whether a taxonomy term says interpreters are offered (by its code, or its words in another feed). */
export function isInterpretersTerm(term: { code?: string; name?: string }): boolean {
  return term.code === INTERPRETERS_TERM.code || /\binterpret(er|ers|ing|ation)\b/i.test(term.name ?? '')
}

let namesToCodes: Map<string, string> | undefined
/** Every two-letter code the ICU data names, by its English name (built once, on first use). */
function codeForName(name: string): string | undefined {
  if (!namesToCodes) {
    namesToCodes = new Map()
    const letters = 'abcdefghijklmnopqrstuvwxyz'
    for (const first of letters) for (const second of letters) if (isLanguageCode(`${first}${second}`)) namesToCodes.set(languageNameInEnglish(`${first}${second}`).toLowerCase(), `${first}${second}`)
  }
  return namesToCodes.get(name.trim().toLowerCase())
}

export function readLanguages(entries: readonly LanguageFields[]): { languages?: string[]; britishSignLanguage?: boolean; notes: string[] } {
  const codes: string[] = []
  let britishSignLanguage = false
  const notes: string[] = []
  entries.forEach((entry, index) => {
    const primary = entry.code?.split(/[-_]/)[0]?.toLowerCase()
    if (primary === BSL.code || /british sign language/i.test(entry.name ?? '')) {
      britishSignLanguage = true
      return
    }
    const code = primary && isLanguageCode(primary) ? primary : entry.name ? codeForName(entry.name) : undefined
    const what = `languages[${index}]${entry.name ? ` "${entry.name}"` : entry.code ? ` "${entry.code}"` : ''}`
    if (!code) notes.push(entry.name || entry.code ? `${what}: not a language code this site knows: left out` : `${what}: names no language (no name or code): left out`)
    else if (code === 'en') notes.push(`${what}: English is not listed (every service here offers it)`)
    else if (!codes.includes(code)) codes.push(code)
    if (entry.note) notes.push(`${what} note "${entry.note}": not carried over`)
  })
  return { ...(codes.length > 0 ? { languages: codes } : {}), ...(britishSignLanguage ? { britishSignLanguage } : {}), notes }
}
