import { notFound } from 'next/navigation'
import { LastReviewed } from '@/components/content/last-reviewed'
import { Markdown } from '@/components/content/markdown'
import { PhoneLink } from '@/components/content/phone-link'
import { Postcode } from '@/components/content/postcode'
import { PageLayout } from '@/components/layout/page-layout'
import { OpeningTimes } from '@/components/opening-times/opening-times'
import { AccessibilityList } from '@/components/places/accessibility-list'
import { WeeklyTimetable } from '@/components/sessions/weekly-timetable'
import { getSite, getSiteUrl, getVenue, getVenues } from '@/lib/content'
import { getTimetableAt } from '@/lib/content/place-details'
import { londonClock } from '@/lib/opening-times'
import { pageMetadata } from '@/lib/metadata'
import { VenueJsonLd } from './_components/venue-json-ld'
import { pageLanguage } from '@/lib/i18n/addresses'
import { textAttributes } from '@/lib/i18n/text-language'
import { UntranslatedNote } from '@/components/content/untranslated-note'
import { getTranslator } from '@/lib/i18n/messages'

// A place other than a hub where services happen (a library, a school hall): where it is, how to
// get in, when it is open, and what runs there through the week.

type Props = { params: Promise<{ lang: string; slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getVenues().map((venue) => ({ slug: venue.slug }))
}

export async function generateMetadata({ params }: Props) {
  const venue = getVenue((await params).slug, await pageLanguage(params))
  if (!venue) return {}
  return pageMetadata({ title: venue.name, description: venue.summary, path: venue.url, lang: await pageLanguage(params) })
}

export default async function VenuePage({ params }: Props) {
  const lang = await pageLanguage(params)
  const venue = getVenue((await params).slug, lang)
  if (!venue) notFound()
  const text = textAttributes(venue.textLanguage, lang)
  const directions = `https://www.openstreetmap.org/search?query=${encodeURIComponent(venue.postcode)}`
  const { t, rich, words } = getTranslator(lang)
  const timetable = getTimetableAt(words, venue.slug, londonClock(new Date()).date)

  return (
    <PageLayout lang={lang} path={venue.url} breadcrumbs={{ trail: [], current: venue.name }}>
      <VenueJsonLd venue={venue} siteUrl={getSiteUrl()} city={getSite().city} />
      <UntranslatedNote lang={lang} textLanguage={venue.textLanguage} />
      <h1 className="text-4xl" {...text}>{venue.name}</h1>
      <p className="lede mt-4 max-w-3xl" {...text}>{venue.summary}</p>

      <div className="mt-6 grid items-start gap-6 md:grid-cols-2">
        <section aria-labelledby="address-heading" className="panel">
          <h2 id="address-heading" className="text-2xl">
            {t('place.address')}
          </h2>
          <address className="mt-2 not-italic">
            {venue.addressLines.map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
            <span className="block whitespace-nowrap">{venue.postcode}</span>
          </address>
          <p className="mt-2 print:hidden">
            <a href={directions} rel="noreferrer">
              {rich('place.map', { postcode: <Postcode postcode={venue.postcode} /> })}
              <span className="sr-only">{t('place.mapHidden')}</span>
            </a>
          </p>
          {venue.phone ? (
            <p className="mt-2">
              {rich('contacts.phone', { phone: <PhoneLink phone={venue.phone} /> })}
            </p>
          ) : null}
          {venue.openingTimes ? <OpeningTimes lang={lang} name={venue.name} times={venue.openingTimes} closedDates={venue.closedDates} headingId="opening-times-heading" /> : null}
        </section>

        {venue.accessibility || venue.accessibilityNotes ? (
          <section aria-labelledby="getting-in-heading" className="panel">
            <AccessibilityList lang={lang} features={venue.accessibility} notes={venue.accessibilityNotes} heading={t('place.gettingIn')} headingId="getting-in-heading" />
          </section>
        ) : null}
      </div>

      <WeeklyTimetable lang={lang} placeName={venue.name} timetable={timetable} headingId="timetable-heading" />

      <div className="mt-8" {...text}>
        <Markdown html={venue.body.html} />
      </div>

      <LastReviewed lang={lang} date={venue.lastReviewed} />
    </PageLayout>
  )
}
