import { openingStatus, statusNow, type OpeningTime } from '@/lib/opening-times'
import { DAYS } from '@/lib/content/enums'
import { wordsInPage } from '@/lib/i18n/words'

// The open-now line (components/opening-times/opening-times.tsx), worked out again in the browser
// from the same opening times, so that a page kept in a cache still says what is true when it is
// read, and stays true while it is open. Without JavaScript the server's line, which names its
// moment, stands. Its words are the page's, written by the server in data-open-now-words
// (components/opening-times/open-now.tsx); without them the line is left as the server wrote it.

const CHECK_EVERY_MS = 15_000

type Hours = { times: OpeningTime[]; closedDates: string[] }

function isTime(value: unknown): value is OpeningTime {
  if (typeof value !== 'object' || value === null || !('day' in value) || !('opens' in value) || !('closes' in value)) return false
  return DAYS.some((day) => day === value.day) && typeof value.opens === 'string' && typeof value.closes === 'string'
}

function readHours(text: string | undefined): Hours | undefined {
  try {
    const value: unknown = JSON.parse(text ?? '')
    if (typeof value !== 'object' || value === null || !('times' in value) || !('closedDates' in value)) return undefined
    const { times, closedDates } = value
    if (!Array.isArray(times) || !Array.isArray(closedDates) || !times.every(isTime)) return undefined
    return { times, closedDates: closedDates.filter((date): date is string => typeof date === 'string') }
  } catch {
    return undefined
  }
}

export function enhanceOpenNow(root: ParentNode): void {
  const lines = [...root.querySelectorAll<HTMLElement>('[data-open-now]')].flatMap((element) => {
    const hours = readHours(element.dataset.openNow)
    const words = wordsInPage(element.dataset.openNowWords)
    return hours && words ? [{ element, hours, words }] : []
  })
  if (lines.length === 0) return
  const update = () => {
    for (const { element, hours, words } of lines) {
      const text = statusNow(words, openingStatus(hours.times, hours.closedDates, new Date()))
      if (element.textContent !== text) element.textContent = text
    }
  }
  // Only a page with opening times pays for the time zone data (lib/opening-times.ts makes its
  // formatter on first use).
  update()
  setInterval(update, CHECK_EVERY_MS)
}
