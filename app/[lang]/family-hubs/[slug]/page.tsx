import { notFound } from 'next/navigation'
import { ContactList } from '@/components/content/contact-list'
import { LastReviewed } from '@/components/content/last-reviewed'
import { Markdown } from '@/components/content/markdown'
import { EmailLink, PhoneLink } from '@/components/content/phone-link'
import { Postcode } from '@/components/content/postcode'
import { PageLayout } from '@/components/layout/page-layout'
import { AddToList } from '@/components/list/add-to-list'
import { OpeningTimes } from '@/components/opening-times/opening-times'
import { AccessibilityList } from '@/components/places/accessibility-list'
import { WeeklyTimetable } from '@/components/sessions/weekly-timetable'
import { getAreaName, getContactsByKey, getHub, getHubs, getMainContact, getRoleLabel, getSite, getSiteUrl, getTerms } from '@/lib/content'
import { getTimetableAt } from '@/lib/content/place-details'
import { formatAges } from '@/lib/format'
import { londonClock } from '@/lib/opening-times'
import { pageMetadata } from '@/lib/metadata'
import { HubJsonLd } from './_components/hub-json-ld'
import { pageLanguage } from '@/lib/i18n/addresses'
import { textAttributes } from '@/lib/i18n/text-language'
import { UntranslatedNote } from '@/components/content/untranslated-note'
import { getTranslator } from '@/lib/i18n/messages'

type Props = { params: Promise<{ lang: string; slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getHubs().map((hub) => ({ slug: hub.slug }))
}

export async function generateMetadata({ params }: Props) {
  const hub = getHub((await params).slug, await pageLanguage(params))
  if (!hub) return {}
  return pageMetadata({ title: hub.name, description: hub.summary, path: hub.url, lang: await pageLanguage(params) })
}

export default async function HubPage({ params }: Props) {
  const lang = await pageLanguage(params)
  const hub = getHub((await params).slug, lang)
  if (!hub) notFound()
  const text = textAttributes(hub.textLanguage, lang)
  const { t, rich, words } = getTranslator(lang)
  const central = getMainContact()
  const isCentralLine = hub.phone === central.phone
  const directions = `https://www.openstreetmap.org/search?query=${encodeURIComponent(hub.postcode)}`

  return (
    <PageLayout lang={lang} path={hub.url} breadcrumbs={{ trail: [{ href: '/family-hubs', label: getTerms().hubs }], current: hub.name }}>
      <HubJsonLd hub={hub} siteUrl={getSiteUrl()} city={getSite().city} />
      <UntranslatedNote lang={lang} textLanguage={hub.textLanguage} />
      <h1 className="text-4xl" {...text}>{hub.name}</h1>
      <p className="lede mt-4 max-w-3xl" {...text}>{hub.summary}</p>

      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <section aria-labelledby="address-heading" className="panel">
          <h2 id="address-heading" className="text-2xl">
            {t('place.address')}
          </h2>
          <address className="mt-2 not-italic">
            {hub.addressLines.map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
            <span className="block whitespace-nowrap">{hub.postcode}</span>
          </address>
          <p className="mt-2">
            <a href={directions} rel="noreferrer">
              {rich('place.map', { postcode: <Postcode postcode={hub.postcode} /> })}
              <span className="sr-only">{t('place.mapHidden')}</span>
            </a>
          </p>
          <p className="mt-1 text-base text-muted">{t('hub.area', { area: getAreaName(hub.area) })}</p>
        </section>

        <section aria-labelledby="contact-heading" className="panel">
          <h2 id="contact-heading" className="text-2xl">
            {t('contacts.heading')}
          </h2>
          <p className="mt-2">
            {rich('contacts.phone', { phone: <PhoneLink phone={hub.phone} /> })}
            {isCentralLine ? <span className="block text-base">{t('hub.centralLine', { name: central.name, hub: getTerms().hub })}</span> : null}
          </p>
          <p className="mt-2">
            {rich('contacts.email', { email: <EmailLink email={hub.email} /> })}
          </p>
          {hub.openingTimes ? (
            <OpeningTimes lang={lang} name={hub.name} times={hub.openingTimes} closedDates={hub.closedDates} headingId="opening-times-heading" />
          ) : (
            <>
              <h3 className="mt-4 text-lg">{t('openingTimes.heading')}</h3>
              <p className="mt-1">{t('hub.noTimes')}</p>
            </>
          )}
        </section>
      </div>

      {hub.accessibility || hub.accessibilityNotes ? (
        <section aria-labelledby="getting-in-heading" className="mt-8">
          <AccessibilityList lang={lang} features={hub.accessibility} notes={hub.accessibilityNotes} heading={t('place.gettingIn')} headingId="getting-in-heading" />
        </section>
      ) : null}

      <WeeklyTimetable lang={lang} placeName={hub.name} timetable={getTimetableAt(words, hub.slug, londonClock(new Date()).date)} headingId="timetable-heading" />

      <section aria-labelledby="who-heading" className="mt-8">
        <h2 id="who-heading" className="text-2xl">
          {t('service.audience')}
        </h2>
        <p className="mt-2">{t('hub.ages', { ages: formatAges(words, hub) })}</p>
      </section>

      <section aria-labelledby="team-heading" className="mt-8">
        <h2 id="team-heading" className="text-2xl">
          {t('hub.team')}
        </h2>
        <ul className="mt-2 list-disc ps-6">
          {hub.team.map((role) => (
            <li key={role}>{getRoleLabel(role)}</li>
          ))}
        </ul>
        <p className="mt-2">{t('hub.together')}</p>
      </section>

      <div className="mt-8" {...text}>
        <Markdown html={hub.body.html} />
      </div>

      <ContactList lang={lang} contacts={getContactsByKey(hub.contacts)} heading={t('hub.otherContacts')} />

      <AddToList lang={lang} item={{ kind: 'hub', slug: hub.slug }} />
      <LastReviewed lang={lang} date={hub.lastReviewed} />
    </PageLayout>
  )
}
