import Link from 'next/link'
import { AccessibilityList } from '@/components/places/accessibility-list'
import type { Attending } from '@/lib/content/enums'
import { getPlaceDetails } from '@/lib/content/place-details'
import { getTranslator } from '@/lib/i18n/messages'
import { clockText, londonClock, momentText } from '@/lib/opening-times'
import { capitalise, runText, sessionText } from '@/lib/sessions/describe'
import { nextOfAll } from '@/lib/sessions/next-run'
import type { SessionSpec, Term } from '@/lib/sessions/types'

type Props = { lang: string; venues: readonly string[]; sessions: readonly SessionSpec[]; attending?: readonly Attending[]; terms: readonly Term[] }

/** What to call the sessions that are at no venue, from how the service says families take part. */
function elsewhereHeading(lang: string, attending: readonly Attending[]): string {
  const { t, words } = getTranslator(lang)
  const ways = [attending.includes('online') ? t('whenWhere.online') : '', attending.includes('phone') ? t('whenWhere.byPhone') : '', attending.includes('at-home') ? t('whenWhere.atHome') : ''].filter(Boolean)
  if (ways.length === 0) return t('whenWhere.otherSessions')
  return capitalise(words, words.or(ways))
}

function Sessions({ lang, sessions, terms, madeAt, headingId }: { lang: string; sessions: readonly SessionSpec[]; terms: readonly Term[]; madeAt: Date; headingId: string }) {
  if (sessions.length === 0) return null
  const { t, words } = getTranslator(lang)
  const clock = londonClock(madeAt)
  const next = nextOfAll(sessions, terms, madeAt)
  return (
    <>
      <ul className="mt-2 list-disc ps-6" aria-labelledby={headingId}>
        {sessions.map((session, index) => (
          <li key={index}>
            {t('whenWhere.session', { session: sessionText(words, session, clock.date) })}
            {session.note ? ` ${session.note}` : ''}
          </li>
        ))}
      </ul>
      {next ? (
        <p className="mt-2">
          {next.now ? (
            // Names its moment: the page may be read a few minutes after it was made.
            <strong>
              {t('whenWhere.onNow', { at: momentText(words, madeAt), time: clockText(words, next.closes) })}
            </strong>
          ) : (
            <>
              <strong>{t('whenWhere.next')}</strong> {runText(words, next)}
            </>
          )}
        </p>
      ) : null}
    </>
  )
}

/**
 * A service's "When and where": its sessions by venue (name, address, getting in), then those at
 * no venue. Only what its content says: a service with neither venues nor sessions gets nothing.
 */
export function WhenAndWhere({ lang, venues, sessions, attending = [], terms }: Props) {
  if (venues.length === 0 && sessions.length === 0) return null
  const { t } = getTranslator(lang)
  const madeAt = new Date()
  const elsewhere = sessions.filter((session) => session.venue === undefined)
  return (
    <section aria-labelledby="when-where-heading" className="mt-8">
      <h2 id="when-where-heading" className="text-2xl">
        {t('whenWhere.heading')}
      </h2>
      <ul className="mt-3 grid gap-4" role="list">
        {venues.map((key) => {
          const place = getPlaceDetails(key)
          const here = sessions.filter((session) => session.venue === key)
          return (
            <li key={key} className="panel">
              <h3 id={`venue-${key}`} className="text-xl">
                <Link prefetch={false} href={place.url}>
                  {place.name}
                </Link>
              </h3>
              <address className="mt-1 not-italic">
                {place.addressLines.filter((line) => line !== place.name).join(t('list.separator'))}
                {t('list.separator')}
                <span className="whitespace-nowrap">{place.postcode}</span>
              </address>
              <Sessions lang={lang} sessions={here} terms={terms} madeAt={madeAt} headingId={`venue-${key}`} />
              <AccessibilityList features={place.accessibility} notes={place.accessibilityNotes} lang={lang} heading={t('place.gettingIn')} headingId={`getting-in-${key}`} headingLevel="h4" />
            </li>
          )
        })}
        {elsewhere.length > 0 ? (
          <li className="panel">
            <h3 id="venue-elsewhere" className="text-xl">
              {elsewhereHeading(lang, attending)}
            </h3>
            <Sessions lang={lang} sessions={elsewhere} terms={terms} madeAt={madeAt} headingId="venue-elsewhere" />
          </li>
        ) : null}
      </ul>
    </section>
  )
}
