import { DAYS } from '@/lib/content/enums'
import { getTranslator } from '@/lib/i18n/messages'
import { dateText, londonClock, type OpeningTime } from '@/lib/opening-times'
import { timeSpan } from '@/lib/sessions/describe'
import { OpenNow } from './open-now'

// A hub's or a service's opening times: whether it is open now, a table of the week, and the
// days it is closed (bank holidays) from today on. All from its content.

type Props = { lang: string; name: string; times: readonly OpeningTime[]; closedDates?: readonly string[]; headingId: string; headingLevel?: 'h2' | 'h3' | 'h4' }

export function OpeningTimes({ lang, name, times, closedDates = [], headingId, headingLevel = 'h3' }: Props) {
  const Heading = headingLevel
  const { t, words } = getTranslator(lang)
  const madeAt = new Date()
  const today = londonClock(madeAt).date
  const upcoming = closedDates.filter((date) => date >= today).sort()
  return (
    <>
      <Heading id={headingId} className={headingLevel === 'h2' ? 'text-2xl' : 'mt-4 text-lg'}>
        {t('openingTimes.heading')}
      </Heading>
      <p className="mt-1 font-bold">
        <OpenNow lang={lang} times={times} closedDates={closedDates} madeAt={madeAt} />
      </p>
      <table className="mt-2 border-collapse">
        <caption className="sr-only">{t('openingTimes.caption', { name })}</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">{t('openingTimes.day')}</th>
            <th scope="col">{t('openingTimes.open')}</th>
          </tr>
        </thead>
        <tbody>
          {DAYS.map((day) => {
            const hours = times.filter((time) => time.day === day).sort((a, b) => a.opens.localeCompare(b.opens))
            return (
              <tr key={day} className="border-b border-border">
                <th scope="row" className="py-1 pe-6 text-left font-bold">
                  {words.dayName(day)}
                </th>
                <td className="py-1">{hours.length > 0 ? words.list(hours.map((time) => timeSpan(words, time.opens, time.closes))) : t('openingTimes.closed')}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {upcoming.length > 0 ? (
        <>
          <p className="mt-3">{t('openingTimes.alsoClosed')}</p>
          <ul className="list-disc ps-6">
            {upcoming.map((date) => (
              <li key={date}>{dateText(words, date)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}
