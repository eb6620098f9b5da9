import { PageLayout } from '@/components/layout/page-layout'
import { getSite, getSiteUrl, getTerms, hasHubs } from '@/lib/content'
import { MAX_PER_PAGE } from '@/lib/openreferral/api'
import { OPEN_REFERRAL_BASE } from '@/lib/openreferral/http'
import { pageMetadata } from '@/lib/metadata'
import { type LanguageParams, pageLanguage } from '@/lib/i18n/addresses'
import { getTranslator } from '@/lib/i18n/messages'

// What the Open Referral UK feed is, for the people who would use it (other directories, the
// NHS, developers): its licence, its address and how to check it. docs/open-data.md has the rest.

const OGL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/'
const VALIDATOR = 'openreferraluk.org'
const code = (path: string) => <code>{path}</code>

function wordsOf(lang: string) {
  const { t } = getTranslator(lang)
  const terms = getTerms()
  const all = hasHubs() ? t('openData.allWithHubs', { hubs: terms.hubs }) : t('openData.all')
  const each = hasHubs() ? t('openData.eachWithHubs', { hub: terms.hub }) : t('openData.each')
  return { title: t('openData.title'), description: t('openData.description', { all }), each }
}

export async function generateMetadata({ params }: LanguageParams) {
  const lang = await pageLanguage(params)
  const { title, description } = wordsOf(lang)
  return pageMetadata({ title, description, path: '/open-data', lang })
}

export default async function OpenDataPage({ params }: LanguageParams) {
  const lang = await pageLanguage(params)
  const { t, rich } = getTranslator(lang)
  const { title, description, each } = wordsOf(lang)
  const site = getSite()
  const base = `${getSiteUrl()}${OPEN_REFERRAL_BASE}`
  return (
    <PageLayout lang={lang} path="/open-data" breadcrumbs={{ trail: [], current: title }}>
      <h1 className="text-4xl">{title}</h1>
      <p className="lede mt-4 max-w-3xl">{description}</p>
      <div className="prose prose-site prose-code:before:content-none prose-code:after:content-none mt-6">
        <h2>{t('openData.whatHeading')}</h2>
        <p>{t('openData.what', { each })}</p>
        <p>{t('openData.gives')}</p>
        <h2>{t('openData.licenceHeading')}</h2>
        <p>{rich('openData.licence', { licence: <a href={OGL}>{t('openData.licenceName')}</a>, organisation: site.organisationName })}</p>
        <h2>{t('place.address')}</h2>
        <p>{t('openData.base')}</p>
        <p>
          <code className="break-all">{base}</code>
        </p>
        <p>{t('openData.requests')}</p>
        <ul>
          <li>{rich('openData.pair', { first: code('/services'), second: code('/services/{id}') })}</li>
          <li>{rich('openData.pair', { first: code('/service_at_locations'), second: code('/service_at_locations/{id}') })}</li>
          <li>{rich('openData.taxonomies', { first: code('/taxonomies'), second: code('/taxonomy_terms'), each: code('/{id}') })}</li>
        </ul>
        <p>{rich('openData.pages', { max: MAX_PER_PAGE, page: code('page'), perPage: code('per_page') })}</p>
        <h2>{t('openData.checkHeading')}</h2>
        <p>{rich('openData.check', { site: <a href={`https://${VALIDATOR}`}>{VALIDATOR}</a> })}</p>
      </div>
    </PageLayout>
  )
}
