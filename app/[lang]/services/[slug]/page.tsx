import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ContactList } from '@/components/content/contact-list'
import { HelpsWith } from '@/components/content/helps-with'
import { LastReviewed } from '@/components/content/last-reviewed'
import { Markdown } from '@/components/content/markdown'
import { PageLayout } from '@/components/layout/page-layout'
import { AddToList } from '@/components/list/add-to-list'
import { OpeningTimes } from '@/components/opening-times/opening-times'
import { ACCESS_ROUTE_LABELS, AUDIENCE_LABELS } from '@/lib/content/enums'
import { getContactsByKey, getCoverageName, getGuide, getService, getServicesWithPages, getSupportLevel, getTermDates, hasOwnPage } from '@/lib/content'
import { formatAges } from '@/lib/format'
import { pageMetadata } from '@/lib/metadata'
import { ServiceFacts } from './_components/service-facts'
import { WhenAndWhere } from './_components/when-and-where'
import { pageLanguage } from '@/lib/i18n/addresses'
import { textAttributes } from '@/lib/i18n/text-language'
import { UntranslatedNote } from '@/components/content/untranslated-note'

type Props = { params: Promise<{ lang: string; slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getServicesWithPages().map((service) => ({ slug: service.slug }))
}

export async function generateMetadata({ params }: Props) {
  const service = getService((await params).slug, await pageLanguage(params))
  if (!service) return {}
  return pageMetadata({ title: service.name, description: service.summary, path: service.url, lang: await pageLanguage(params) })
}

export default async function ServicePage({ params }: Props) {
  const lang = await pageLanguage(params)
  const service = getService((await params).slug, lang)
  if (!service || !hasOwnPage(service)) notFound()
  const level = getSupportLevel(service.level, lang)
  const guide = service.relatedGuide ? getGuide(service.relatedGuide, lang) : undefined
  const text = textAttributes(service.textLanguage, lang)
  const ownDetails = service.phone ?? service.email ?? service.website
  const contacts = [
    ...(ownDetails ? [{ name: service.name, description: service.summary, phone: service.phone, email: service.email, website: service.website }] : []),
    ...getContactsByKey(service.contacts),
  ]

  return (
    <PageLayout lang={lang} path={service.url} breadcrumbs={{ trail: [{ href: '/services', label: 'Services' }], current: service.name }}>
      <UntranslatedNote lang={lang} textLanguage={service.textLanguage} />
      <h1 className="text-4xl" {...text}>{service.name}</h1>
      <p className="lede mt-4 max-w-3xl" {...text}>{service.summary}</p>

      <dl className="mt-6 grid gap-x-6 gap-y-3 border-y border-border py-4 md:grid-cols-[12rem_1fr]">
        <dt className="font-bold">Level of help</dt>
        <dd>{level ? <Link prefetch={false} href={level.url}>{level.name}</Link> : service.level}</dd>
        <dt className="font-bold">Who it is for</dt>
        <dd>{AUDIENCE_LABELS[service.audience]}</dd>
        <dt className="font-bold">Ages</dt>
        <dd>{formatAges(service)}</dd>
        <dt className="font-bold">How to get it</dt>
        <dd>
          <ul className="list-disc ps-6">
            {service.access.map((route) => (
              <li key={route}>{ACCESS_ROUTE_LABELS[route]}</li>
            ))}
          </ul>
        </dd>
        <dt className="font-bold">Where</dt>
        <dd>{service.areas.map(getCoverageName).join(', ')}</dd>
        <ServiceFacts
          attending={service.attending}
          cost={service.cost}
          languages={service.languages}
          britishSignLanguage={service.britishSignLanguage}
          interpreters={service.interpreters}
        />
      </dl>

      <HelpsWith service={service.slug} />
      <div className="mt-6" {...text}>
        <Markdown html={service.body.html} />
      </div>

      <WhenAndWhere venues={service.venues ?? []} sessions={service.sessions ?? []} attending={service.attending} terms={getTermDates()} />

      {service.openingTimes ? (
        <section aria-labelledby="opening-times-heading" className="panel mt-8">
          <OpeningTimes name={service.name} times={service.openingTimes} closedDates={service.closedDates} headingId="opening-times-heading" headingLevel="h2" />
        </section>
      ) : null}

      <ContactList lang={lang} contacts={contacts} />

      {guide ? (
        <p className="panel mt-8">
          For professionals: read the one-minute guide <Link prefetch={false} href={guide.url}>{guide.title}</Link>.
        </p>
      ) : null}

      <AddToList item={{ kind: 'service', slug: service.slug }} />
      <LastReviewed lang={lang} date={service.lastReviewed} />
    </PageLayout>
  )
}
