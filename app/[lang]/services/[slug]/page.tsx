import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ContactList } from '@/components/content/contact-list'
import { HelpsWith } from '@/components/content/helps-with'
import { LastReviewed } from '@/components/content/last-reviewed'
import { Markdown } from '@/components/content/markdown'
import { PageLayout } from '@/components/layout/page-layout'
import { AddToList } from '@/components/list/add-to-list'
import { OpeningTimes } from '@/components/opening-times/opening-times'
import { getAreaName, getContactsByKey, getGuide, getSite, getService, getServicesWithPages, getSupportLevel, getTermDates, hasOwnPage } from '@/lib/content'
import { formatAges } from '@/lib/format'
import { pageMetadata } from '@/lib/metadata'
import { ServiceFacts } from './_components/service-facts'
import { WhenAndWhere } from './_components/when-and-where'
import { CITYWIDE } from '@/lib/content/enums'
import { pageLanguage } from '@/lib/i18n/addresses'
import { textAttributes } from '@/lib/i18n/text-language'
import { UntranslatedNote } from '@/components/content/untranslated-note'
import { getTranslator } from '@/lib/i18n/messages'

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
  const { t, rich, words } = getTranslator(lang)
  const level = getSupportLevel(service.level, lang)
  const guide = service.relatedGuide ? getGuide(service.relatedGuide, lang) : undefined
  const text = textAttributes(service.textLanguage, lang)
  const ownDetails = service.phone ?? service.email ?? service.website
  const contacts = [
    ...(ownDetails ? [{ name: service.name, description: service.summary, phone: service.phone, email: service.email, website: service.website }] : []),
    ...getContactsByKey(service.contacts),
  ]

  return (
    <PageLayout lang={lang} path={service.url} breadcrumbs={{ trail: [{ href: '/services', label: t('nav.services') }], current: service.name }}>
      <UntranslatedNote lang={lang} textLanguage={service.textLanguage} />
      <h1 className="text-4xl" {...text}>{service.name}</h1>
      <p className="lede mt-4 max-w-3xl" {...text}>{service.summary}</p>

      <dl className="mt-6 grid gap-x-6 gap-y-3 border-y border-border py-4 md:grid-cols-[12rem_1fr]">
        <dt className="font-bold">{t('service.level')}</dt>
        <dd>{level ? <Link prefetch={false} href={level.url}>{level.name}</Link> : service.level}</dd>
        <dt className="font-bold">{t('service.audience')}</dt>
        <dd>{t(`audience.${service.audience}`)}</dd>
        <dt className="font-bold">{t('service.ages')}</dt>
        <dd>{formatAges(words, service)}</dd>
        <dt className="font-bold">{t('service.access')}</dt>
        <dd>
          <ul className="list-disc ps-6">
            {service.access.map((route) => (
              <li key={route}>{t(`access.${route}`)}</li>
            ))}
          </ul>
        </dd>
        <dt className="font-bold">{t('service.where')}</dt>
        <dd>{service.areas.map((area) => (area === CITYWIDE ? t('service.citywide', { city: getSite().city }) : getAreaName(area))).join(t('list.separator'))}</dd>
        <ServiceFacts
          lang={lang}
          attending={service.attending}
          cost={service.cost}
          languages={service.languages}
          britishSignLanguage={service.britishSignLanguage}
          interpreters={service.interpreters}
        />
      </dl>

      <HelpsWith lang={lang} service={service.slug} />
      <div className="mt-6" {...text}>
        <Markdown html={service.body.html} />
      </div>

      <WhenAndWhere lang={lang} venues={service.venues ?? []} sessions={service.sessions ?? []} attending={service.attending} terms={getTermDates()} />

      {service.openingTimes ? (
        <section aria-labelledby="opening-times-heading" className="panel mt-8">
          <OpeningTimes lang={lang} name={service.name} times={service.openingTimes} closedDates={service.closedDates} headingId="opening-times-heading" headingLevel="h2" />
        </section>
      ) : null}

      <ContactList lang={lang} contacts={contacts} />

      {guide ? (
        <p className="panel mt-8">
          {rich('service.guide', {
            guide: (
              <Link prefetch={false} href={guide.url}>
                {guide.title}
              </Link>
            ),
          })}
        </p>
      ) : null}

      <AddToList lang={lang} item={{ kind: 'service', slug: service.slug }} />
      <LastReviewed lang={lang} date={service.lastReviewed} />
    </PageLayout>
  )
}
