import type { Words } from '@/lib/i18n/words'

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "2026-11-20" or an ISO timestamp -> "20 November 2026". */
export function formatDate(iso: string): string {
  return longDate.format(new Date(iso))
}

/** "0 to 19 (up to 25 with SEND)" style age ranges; "Ages not stated" when the sources give none. */
export function formatAges(words: Words, { ageFrom, ageTo, sendAgeTo }: { ageFrom?: number; ageTo?: number; sendAgeTo?: number }): string {
  if (ageFrom === undefined || ageTo === undefined) return words.t('ages.notStated')
  return sendAgeTo !== undefined && sendAgeTo > ageTo
    ? words.t('ages.rangeWithSend', { from: ageFrom, to: ageTo, send: sendAgeTo })
    : words.t('ages.range', { from: ageFrom, to: ageTo })
}
