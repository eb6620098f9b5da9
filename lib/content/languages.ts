// Language codes as content gives them (ISO 639-1, or 639-3 where a language has no two-letter
// code) and each language's name in its own words and script, from the ICU data Node ships.

const CODE = /^[a-z]{2,3}$/

const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' })

/** A code ICU knows a language by (so it can be named), like pl or ur. */
export function isLanguageCode(code: string): boolean {
  if (!CODE.test(code)) return false
  const name = english.of(code)
  return name !== undefined && name !== code
}

/** The language's name in English, like "Polish". */
export function languageNameInEnglish(code: string): string {
  return english.of(code) ?? code
}

/** The language's name in itself, like "polski" → "Polski" or "اردو": what a speaker looks for. */
export function languageAutonym(code: string): string {
  const own = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code) ?? languageNameInEnglish(code)
  return own.charAt(0).toLocaleUpperCase(code) + own.slice(1)
}

/** Whether the language is written right to left, for the dir attribute around its name. */
export function languageDirection(code: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(code).maximize()
  return ['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg'].includes(locale.script ?? '') ? 'rtl' : 'ltr'
}

/**
 * A BCP 47 tag a site may publish in (site.yaml languages): a language ICU can name, with an
 * optional script and region, like cy, pl, zh-Hant or en-GB. The test-only pseudo-locales en-XA
 * and ar-XB pass too: XA and XB are private-use regions.
 */
export function isLanguageTag(tag: string): boolean {
  if (!/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/.test(tag)) return false
  return isLanguageCode(tag.split('-')[0] ?? '')
}
