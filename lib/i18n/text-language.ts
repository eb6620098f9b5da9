import { languageDirection } from '../content/languages'

// Council text shown in a language other than the page's (a page not yet translated, shown in the
// default language) carries its own lang, and dir where the direction differs, so a screen reader
// reads it with the right voice and right-to-left punctuation lands where it should.

export type TextAttributes = { lang?: string; dir?: 'ltr' | 'rtl' }

/** The attributes for text in `textLanguage` on a page in `pageLanguage`: none when they are the same. */
export function textAttributes(textLanguage: string | undefined, pageLanguage: string): TextAttributes {
  if (textLanguage === undefined || textLanguage === pageLanguage) return {}
  const dir = languageDirection(textLanguage)
  return dir === languageDirection(pageLanguage) ? { lang: textLanguage } : { lang: textLanguage, dir }
}

/** A language's name in the reader's language ("Welsh", "Cymraeg"), for the note on an untranslated page. */
export function languageName(language: string, inLanguage: string): string {
  return new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'code' }).of(language) ?? language
}
