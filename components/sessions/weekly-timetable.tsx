import Link from 'next/link'
import { getTranslator } from '@/lib/i18n/messages'
import { timeSpan } from '@/lib/sessions/describe'
import type { Timetable } from '@/lib/sessions/timetable'

type Props = { lang: string; placeName: string; timetable: Timetable; headingId: string }

function ServiceName({ name, url }: { name: string; url?: string }) {
  return url ? (
    <Link prefetch={false} href={url}>
      {name}
    </Link>
  ) : (
    <>{name}</>
  )
}

/**
 * What runs at a hub or venue through the week: one group of rows per day under the day's name,
 * so it reads as a timetable on paper and to a screen reader (each time is announced with its
 * day). Nothing at all
 * when no service names the place in its sessions.
 */
export function WeeklyTimetable({ lang, placeName, timetable, headingId }: Props) {
  if (timetable.days.length === 0 && timetable.byAppointment.length === 0) return null
  const { t, words } = getTranslator(lang)
  const sentences = (said: readonly string[]) => said.join(t('timetable.sentenceEnd'))
  return (
    <section aria-labelledby={headingId} className="timetable mt-8">
      <h2 id={headingId} className="text-2xl">
        {t('timetable.heading')}
      </h2>
      {timetable.days.length > 0 ? (
        <table className="mt-3 w-full max-w-3xl border-collapse">
          <caption className="sr-only">{t('timetable.caption', { name: placeName })}</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="w-2/5 py-2 pe-4">
                {t('timetable.time')}
              </th>
              <th scope="col" className="py-2">
                {t('timetable.what')}
              </th>
            </tr>
          </thead>
          {timetable.days.map(({ day, rows }) => (
            <tbody key={day} className="timetable-day">
              <tr>
                {/* A row of its own above the day's sessions: the table stays two columns wide on a phone. */}
                <th scope="rowgroup" colSpan={2} className="border-t-2 border-ink pt-3 pb-1 text-left text-lg">
                  {words.dayName(day)}
                </th>
              </tr>
              {rows.map((row) => (
                <tr key={`${row.name}-${row.opens}`} className="align-top">
                  <td className="py-1 pe-4">{timeSpan(words, row.opens, row.closes)}</td>
                  <td className="py-1">
                    <ServiceName name={row.name} url={row.url} />
                    {row.how.length > 0 ? <span className="block text-base">{`${sentences(row.how)}${t('timetable.sentenceEnd').trim()}`}</span> : null}
                    {row.note ? <span className="block text-base">{row.note}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      ) : null}
      {timetable.byAppointment.length > 0 ? (
        <>
          <h3 className="mt-4 text-lg">{t('sessions.byAppointment')}</h3>
          <ul className="mt-2 list-disc ps-6">
            {timetable.byAppointment.map((entry) => (
              <li key={entry.name}>
                <ServiceName name={entry.name} url={entry.url} />
                {entry.how.length > 0 ? `: ${sentences(entry.how).toLocaleLowerCase(lang)}` : ''}
                {entry.note ? <span className="block text-base">{entry.note}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
