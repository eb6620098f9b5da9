import { EmailLink, PhoneLink } from '@/components/content/phone-link'
import { OpeningTimes } from '@/components/opening-times/opening-times'
import { listPath, withoutItem, type ListItemRef } from '@/lib/list/address'
import { getTerms } from '@/lib/content'
import { kindLabel, type ListEntry } from '@/lib/list/items'
import { getTranslator } from '@/lib/i18n/messages'

/** The items on the list, each with what a family needs to act on it and a link to remove it. */
export function ListItems({ entries, items, lang }: { entries: readonly ListEntry[]; items: readonly ListItemRef[]; lang: string }) {
  const { t, rich, words } = getTranslator(lang)
  return (
    <section aria-labelledby="list-heading" className="mt-6">
      <h2 id="list-heading" className="text-2xl print:sr-only" tabIndex={-1}>
        {t('list.onTheList')}
      </h2>
      <ol className="list-items mt-3" role="list">
        {entries.map((entry) => (
          <li key={`${entry.kind}-${entry.slug}`} className="list-item">
            <p className="text-base font-bold uppercase tracking-wide text-muted">{kindLabel(words, entry.kind)}</p>
            <h3 className="text-xl">{entry.url ? <a href={entry.url}>{entry.name}</a> : entry.name}</h3>
            <p className="mt-1">{entry.summary}</p>
            <dl className="summary-list mt-2">
              {entry.contacts.map((contact, index) => (
                <div key={`${contact.name}-${index}`} className="summary-list-row">
                  <dt>{index === 0 && contact.name === entry.name ? t('contacts.heading') : contact.name}</dt>
                  <dd>
                    {contact.phone ? (
                      <span className="block">
                        {rich('contacts.phone', { phone: <PhoneLink phone={contact.phone} /> })}
                      </span>
                    ) : null}
                    {contact.email ? (
                      <span className="block">
                        {rich('contacts.email', { email: <EmailLink email={contact.email} /> })}
                      </span>
                    ) : null}
                  </dd>
                </div>
              ))}
              {entry.address ? (
                <div className="summary-list-row">
                  <dt>{t('place.address')}</dt>
                  <dd>
                    <address className="not-italic">
                      {entry.address.lines.join(t('list.separator'))}
                      {t('list.separator')}
                      <span className="whitespace-nowrap">{entry.address.postcode}</span>
                    </address>
                  </dd>
                </div>
              ) : null}
              {entry.venues && entry.venues.length > 0 ? (
                <div className="summary-list-row">
                  <dt>{t('service.where')}</dt>
                  <dd>
                    {entry.venues.map((venue) => (
                      <span key={venue.name} className="block">
                        {t('list.venue', { name: venue.name })} <address className="inline not-italic">{venue.address}</address>
                      </span>
                    ))}
                  </dd>
                </div>
              ) : null}
              {entry.nextSession ? (
                <div className="summary-list-row">
                  <dt>{t('list.nextSession')}</dt>
                  <dd>{entry.nextSession}</dd>
                </div>
              ) : null}
              {entry.howToGet.length > 0 ? (
                <div className="summary-list-row">
                  <dt>{t('service.access')}</dt>
                  <dd>{`${entry.howToGet.join(t('timetable.sentenceEnd'))}${t('timetable.sentenceEnd').trim()}`}</dd>
                </div>
              ) : null}
            </dl>
            {entry.openingTimes ? (
              <div className="mt-2">
                <OpeningTimes lang={lang} name={entry.name} times={entry.openingTimes} closedDates={entry.closedDates} headingId={`opening-${entry.kind}-${entry.slug}`} headingLevel="h4" />
              </div>
            ) : entry.kind === 'hub' ? (
              <p className="mt-1 text-base">{t('list.noTimes', { hub: getTerms().hub })}</p>
            ) : null}
            <p className="mt-2 print:hidden">
              <a href={listPath(withoutItem(items, entry))}>
                {rich('list.remove', { name: <span className="sr-only">{t('list.removeName', { name: entry.name })}</span> })}
              </a>
            </p>
          </li>
        ))}
      </ol>
    </section>
  )
}
