import { ENGLISH, isPluralMessage } from '@/lib/i18n/catalogue'
import { pseudoCatalogue } from '@/lib/i18n/pseudo'
import { createTranslator } from '@/lib/i18n/translator'
import { wordsFrom, type Words } from '@/lib/i18n/words'

// The words lib/ writes sentences with, as the server makes them for a page: in English (Leeds'
// pages), and in the accented pseudo-locale en-XA, which shows any word not taken from them.

export const ENGLISH_WORDS: Words = createTranslator('en-GB', ENGLISH).words
export const PSEUDO_WORDS: Words = createTranslator('en-XA', pseudoCatalogue('en-XA')).words

/** English as the site script has it: messages and day names from the page, no Intl date formatting. */
export function browserEnglish(): Words {
  const messages = Object.fromEntries(Object.entries(ENGLISH).flatMap(([key, message]) => (isPluralMessage(message) ? [] : [[key, message]])))
  return wordsFrom('en-GB', messages, { monday: 'Monday', tuesday: 'Tuesday', wednesday: 'Wednesday', thursday: 'Thursday', friday: 'Friday', saturday: 'Saturday', sunday: 'Sunday' })
}
