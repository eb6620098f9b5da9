import { notFound } from 'next/navigation'
import { ContactList } from '@/components/content/contact-list'
import { LastReviewed } from '@/components/content/last-reviewed'
import { Markdown } from '@/components/content/markdown'
import { PageLayout } from '@/components/layout/page-layout'
import { AddToList } from '@/components/list/add-to-list'
import { getContact, getGuide, getNeed, getNeeds, getRoleLabel, getService, getTerms, hasHubs } from '@/lib/content'
import { AskAboutService, ServiceLink } from '@/components/content/service-link'
import { pageMetadata } from '@/lib/metadata'
import { localPath, pageLanguage } from '@/lib/i18n/addresses'
import { textAttributes } from '@/lib/i18n/text-language'
import { UntranslatedNote } from '@/components/content/untranslated-note'
import { getTranslator } from '@/lib/i18n/messages'

type Props = { params: Promise<{ lang: string; slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getNeeds().map((need) => ({ slug: need.slug }))
}

export async function generateMetadata({ params }: Props) {
  const need = getNeed((await params).slug, await pageLanguage(params))
  if (!need) return {}
  return pageMetadata({ title: need.name, description: need.summary, path: need.url, lang: await pageLanguage(params) })
}

export default async function NeedPage({ params }: Props) {
  const lang = await pageLanguage(params)
  const need = getNeed((await params).slug, lang)
  if (!need) notFound()
  // The content check guarantees every reference resolves.
  const services = (need.services ?? []).flatMap((slug) => getService(slug, lang) ?? [])
  const guides = (need.guides ?? []).flatMap((slug) => getGuide(slug, lang) ?? [])
  const text = textAttributes(need.textLanguage, lang)
  const contacts = need.contacts.map(getContact)
  const roles = need.teamRoles ?? []
  const { t, rich } = getTranslator(lang)

  return (
    <PageLayout lang={lang} path={need.url} breadcrumbs={{ trail: [{ href: '/help', label: t('nav.help') }], current: need.name }}>
      <UntranslatedNote lang={lang} textLanguage={need.textLanguage} />
      <h1 className="text-4xl" {...text}>{need.name}</h1>
      <p className="lede mt-4 max-w-3xl" {...text}>{need.summary}</p>

      <section aria-labelledby="now-heading" className="panel mt-6 max-w-3xl">
        <h2 id="now-heading" className="text-2xl">
          {t('need.nowHeading')}
        </h2>
        <ol className="mt-2 list-decimal space-y-1 ps-6" {...text}>
          {need.whatToDoNow.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>

      <ContactList lang={lang} contacts={contacts} heading={t('need.callHeading')} id="call-heading" />

      <div className="mt-8" {...text}>
        <Markdown html={need.body.html} />
      </div>

      {roles.length > 0 && hasHubs() ? (
        <section aria-labelledby="team-heading" className="mt-8">
          <h2 id="team-heading" className="text-2xl">
            {t('need.teamHeading', { aHub: getTerms().aHub })}
          </h2>
          <ul className="mt-2 list-disc ps-6">
            {roles.map((role) => (
              <li key={role}>{getRoleLabel(role)}</li>
            ))}
          </ul>
          <p className="mt-2">
            <a href={localPath(lang, '/family-hubs')}>{t('home.hubsHeading', { hub: getTerms().hub })}</a>
          </p>
        </section>
      ) : null}

      {services.length > 0 ? (
        <section aria-labelledby="services-heading" className="mt-8">
          <h2 id="services-heading" className="text-2xl">
            {t('need.servicesHeading')}
          </h2>
          <ul className="mt-3 space-y-3" role="list">
            {services.map((service) => (
              <li key={service.slug}>
                <ServiceLink service={service} className="font-bold" {...textAttributes(service.textLanguage, lang)} />
                <p {...textAttributes(service.textLanguage, lang)}>{service.summary}</p>
                <AskAboutService lang={lang} service={service} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {guides.length > 0 ? (
        <section aria-labelledby="guides-heading" className="mt-8">
          <h2 id="guides-heading" className="text-2xl">
            {t('need.guidesHeading')}
          </h2>
          <ul className="mt-2 list-disc ps-6">
            {guides.map((guide) => (
              <li key={guide.slug}>
                {rich('need.guide', { guide: <a href={localPath(lang, guide.url)} {...textAttributes(guide.textLanguage, lang)}>{guide.title}</a> })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <AddToList lang={lang} item={{ kind: 'need', slug: need.slug }} />
      <LastReviewed lang={lang} date={need.lastReviewed} />
    </PageLayout>
  )
}
