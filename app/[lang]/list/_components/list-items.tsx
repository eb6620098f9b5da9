import { EmailLink, PhoneLink } from '@/components/content/phone-link'
import { OpeningTimes } from '@/components/opening-times/opening-times'
import { listPath, withoutItem, type ListItemRef } from '@/lib/list/address'
import { getTerms } from '@/lib/content'
import { kindLabel, type ListEntry } from '@/lib/list/items'

/** The items on the list, each with what a family needs to act on it and a link to remove it. */
export function ListItems({ entries, items }: { entries: readonly ListEntry[]; items: readonly ListItemRef[] }) {
  return (
    <section aria-labelledby="list-heading" className="mt-6">
      <h2 id="list-heading" className="text-2xl print:sr-only" tabIndex={-1}>
        On the list
      </h2>
      <ol className="list-items mt-3" role="list">
        {entries.map((entry) => (
          <li key={`${entry.kind}-${entry.slug}`} className="list-item">
            <p className="text-base font-bold uppercase tracking-wide text-muted">{kindLabel(entry.kind)}</p>
            <h3 className="text-xl">{entry.url ? <a href={entry.url}>{entry.name}</a> : entry.name}</h3>
            <p className="mt-1">{entry.summary}</p>
            <dl className="summary-list mt-2">
              {entry.contacts.map((contact, index) => (
                <div key={`${contact.name}-${index}`} className="summary-list-row">
                  <dt>{index === 0 && contact.name === entry.name ? 'Contact' : contact.name}</dt>
                  <dd>
                    {contact.phone ? (
                      <span className="block">
                        Phone: <PhoneLink phone={contact.phone} />
                      </span>
                    ) : null}
                    {contact.email ? (
                      <span className="block">
                        Email: <EmailLink email={contact.email} />
                      </span>
                    ) : null}
                  </dd>
                </div>
              ))}
              {entry.address ? (
                <div className="summary-list-row">
                  <dt>Address</dt>
                  <dd>
                    <address className="not-italic">
                      {entry.address.lines.join(', ')}, <span className="whitespace-nowrap">{entry.address.postcode}</span>
                    </address>
                  </dd>
                </div>
              ) : null}
              {entry.venues && entry.venues.length > 0 ? (
                <div className="summary-list-row">
                  <dt>Where</dt>
                  <dd>
                    {entry.venues.map((venue) => (
                      <span key={venue.name} className="block">
                        {venue.name}: <address className="inline not-italic">{venue.address}</address>
                      </span>
                    ))}
                  </dd>
                </div>
              ) : null}
              {entry.nextSession ? (
                <div className="summary-list-row">
                  <dt>Next session</dt>
                  <dd>{entry.nextSession}</dd>
                </div>
              ) : null}
              {entry.howToGet.length > 0 ? (
                <div className="summary-list-row">
                  <dt>How to get it</dt>
                  <dd>{entry.howToGet.join('. ')}.</dd>
                </div>
              ) : null}
            </dl>
            {entry.openingTimes ? (
              <div className="mt-2">
                <OpeningTimes name={entry.name} times={entry.openingTimes} closedDates={entry.closedDates} headingId={`opening-${entry.kind}-${entry.slug}`} headingLevel="h4" />
              </div>
            ) : entry.kind === 'hub' ? (
              <p className="mt-1 text-base">Call before you visit to check when the {getTerms().hub} is open.</p>
            ) : null}
            <p className="mt-2 print:hidden">
              <a href={listPath(withoutItem(items, entry))}>
                Remove<span className="sr-only"> {entry.name}</span> from the list
              </a>
            </p>
          </li>
        ))}
      </ol>
    </section>
  )
}
