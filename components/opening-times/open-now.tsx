import { getTranslator } from '@/lib/i18n/messages'
import { wordsForPage } from '@/lib/i18n/words'
import { openingStatus, statusAt, STATUS_NOW_KEYS, type OpeningTime } from '@/lib/opening-times'

/**
 * Whether a place or line is open, as true of the moment the page was made ("At 2:15pm on Monday:
 * open, closes at 5pm"). The browser works it out again (lib/enhance/open-now.ts), so a page kept
 * in a cache says what is true when it is read: in the page's language, from the messages and day
 * names written here, as the site script carries no catalogue.
 */
export function OpenNow({ lang, times, closedDates = [], madeAt }: { lang: string; times: readonly OpeningTime[]; closedDates?: readonly string[]; madeAt: Date }) {
  const { words } = getTranslator(lang)
  return (
    <span data-open-now={JSON.stringify({ times, closedDates })} data-open-now-words={wordsForPage(words, STATUS_NOW_KEYS, true)}>
      {statusAt(words, openingStatus(times, closedDates, madeAt), madeAt)}
    </span>
  )
}
