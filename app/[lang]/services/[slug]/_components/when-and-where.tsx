import Link from 'next/link'
import { AccessibilityList } from '@/components/places/accessibility-list'
import type { Attending } from '@/lib/content/enums'
import { getPlaceDetails } from '@/lib/content/place-details'
import { clockText, londonClock } from '@/lib/opening-times'
import { momentText, runText, sessionText } from '@/lib/sessions/describe'
import { nextOfAll } from '@/lib/sessions/next-run'
import type { SessionSpec, Term } from '@/lib/sessions/types'

type Props = { venues: readonly string[]; sessions: readonly SessionSpec[]; attending?: readonly Attending[]; terms: readonly Term[] }

/** What to call the sessions that are at no venue, from how the service says families take part. */
function elsewhereHeading(attending: readonly Attending[]): string {
  const ways = [attending.includes('online') ? 'Online' : '', attending.includes('phone') ? 'by phone' : '', attending.includes('at-home') ? 'at home' : ''].filter(Boolean)
  if (ways.length === 0) return 'Other sessions'
  const text = ways.length === 1 ? (ways[0] ?? '') : `${ways.slice(0, -1).join(', ')} or ${ways[ways.length - 1]}`
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`
}

function Sessions({ sessions, terms, madeAt, headingId }: { sessions: readonly SessionSpec[]; terms: readonly Term[]; madeAt: Date; headingId: string }) {
  if (sessions.length === 0) return null
  const clock = londonClock(madeAt)
  const next = nextOfAll(sessions, terms, madeAt)
  return (
    <>
      <ul className="mt-2 list-disc ps-6" aria-labelledby={headingId}>
        {sessions.map((session, index) => (
          <li key={index}>
            {sessionText(session, clock.date)}.{session.note ? ` ${session.note}` : ''}
          </li>
        ))}
      </ul>
      {next ? (
        <p className="mt-2">
          {next.now ? (
            // Names its moment: the page may be read a few minutes after it was made.
            <strong>
              {momentText(madeAt)}: on now, until {clockText(next.closes)}
            </strong>
          ) : (
            <>
              <strong>Next session:</strong> {runText(next)}
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
export function WhenAndWhere({ venues, sessions, attending = [], terms }: Props) {
  if (venues.length === 0 && sessions.length === 0) return null
  const madeAt = new Date()
  const elsewhere = sessions.filter((session) => session.venue === undefined)
  return (
    <section aria-labelledby="when-where-heading" className="mt-8">
      <h2 id="when-where-heading" className="text-2xl">
        When and where
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
                {place.addressLines.filter((line) => line !== place.name).join(', ')}, <span className="whitespace-nowrap">{place.postcode}</span>
              </address>
              <Sessions sessions={here} terms={terms} madeAt={madeAt} headingId={`venue-${key}`} />
              <AccessibilityList features={place.accessibility} notes={place.accessibilityNotes} heading="Getting in" headingId={`getting-in-${key}`} headingLevel="h4" />
            </li>
          )
        })}
        {elsewhere.length > 0 ? (
          <li className="panel">
            <h3 id="venue-elsewhere" className="text-xl">
              {elsewhereHeading(attending)}
            </h3>
            <Sessions sessions={elsewhere} terms={terms} madeAt={madeAt} headingId="venue-elsewhere" />
          </li>
        ) : null}
      </ul>
    </section>
  )
}
