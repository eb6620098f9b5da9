// What a service costs and which languages it offers, in the words a family reads. Only what the
// content says: a service without cost or languages gets nothing, never "free" or "English only".
import type { Words } from '@/lib/i18n/words'
import { languageAutonym, languageDirection, languageNameInEnglish } from '@/lib/content/languages'

export type CostSpec = { free?: boolean; options?: readonly { amount: number; per: string }[]; concessions?: string; note?: string }

/** "£2", "£2.50", "£1,200". */
export function pounds(amount: number): string {
  const whole = Number.isInteger(amount)
  return `£${amount.toLocaleString('en-GB', { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 })}`
}

/** The lines to show under "Cost": "Free", or each price ("£2 a session"), then who pays less, then anything else. */
export function costLines(words: Words, cost: CostSpec): string[] {
  const prices = cost.free ? [words.t('cost.free')] : (cost.options ?? []).map((option) => `${pounds(option.amount)} ${option.per}`)
  return [...prices, ...(cost.concessions ? [cost.concessions] : []), ...(cost.note ? [cost.note] : [])]
}

/** A language a service offers: its own name in its own script and direction, and its English name. */
export type LanguageItem = { code: string; autonym: string; english: string; dir: 'ltr' | 'rtl' }

export function languageItems(codes: readonly string[]): LanguageItem[] {
  return codes.map((code) => ({ code, autonym: languageAutonym(code), english: languageNameInEnglish(code), dir: languageDirection(code) }))
}
