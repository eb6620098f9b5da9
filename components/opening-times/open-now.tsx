import { openingStatus, statusAt, type OpeningTime } from '@/lib/opening-times'

/**
 * Whether a place or line is open, as true of the moment the page was made ("At 2:15pm on Monday:
 * open, closes at 5pm"). The browser works it out again (lib/enhance/open-now.ts), so a page kept
 * in a cache says what is true when it is read.
 */
export function OpenNow({ times, closedDates = [], madeAt }: { times: readonly OpeningTime[]; closedDates?: readonly string[]; madeAt: Date }) {
  return <span data-open-now={JSON.stringify({ times, closedDates })}>{statusAt(openingStatus(times, closedDates, madeAt), madeAt)}</span>
}
