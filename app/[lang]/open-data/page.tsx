import { PageLayout } from '@/components/layout/page-layout'
import { getSite, getSiteUrl, getTerms, hasHubs } from '@/lib/content'
import { MAX_PER_PAGE } from '@/lib/openreferral/api'
import { OPEN_REFERRAL_BASE } from '@/lib/openreferral/http'
import { pageMetadata } from '@/lib/metadata'
import { type LanguageParams, pageLanguage } from '@/lib/i18n/addresses'

// What the Open Referral UK feed is, for the people who would use it (other directories, the
// NHS, developers): its licence, its address and how to check it. docs/open-data.md has the rest.

const TITLE = 'Open data'
const WHAT = hasHubs() ? { all: `${getTerms().hubs} and services`, each: `${getTerms().hub} and service` } : { all: 'services', each: 'service' }
const DESCRIPTION = `The ${WHAT.all} on this site as open data, in the Open Referral UK format.`
const OGL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/'

export async function generateMetadata({ params }: LanguageParams) {
  return pageMetadata({ title: TITLE, description: DESCRIPTION, path: '/open-data', lang: await pageLanguage(params) })
}

export default async function OpenDataPage({ params }: LanguageParams) {
  const lang = await pageLanguage(params)
  const site = getSite()
  const base = `${getSiteUrl()}${OPEN_REFERRAL_BASE}`
  return (
    <PageLayout lang={lang} path="/open-data" breadcrumbs={{ trail: [], current: TITLE }}>
      <h1 className="text-4xl">{TITLE}</h1>
      <p className="lede mt-4 max-w-3xl">{DESCRIPTION}</p>
      <div className="prose prose-site prose-code:before:content-none prose-code:after:content-none mt-6">
        <h2>What the feed is</h2>
        <p>
          Every {WHAT.each} on this site is published as data that other systems can read: service directories, social prescribing tools and the NHS. It follows Open Referral UK, the standard councils use to share service directories (version 3.0, the UK profile of HSDS 3.0).
        </p>
        <p>The feed gives what this site knows about each service: what it does, who it is for, how to get in touch, where it happens and how easy the place is to get into, when it runs, what it costs, the languages staff speak, and the needs and levels of help it is listed under. It changes when the site does.</p>
        <h2>Licence</h2>
        <p>
          You can use the feed under the <a href={OGL}>Open Government Licence v3.0</a>. Say where it comes from: &ldquo;Contains public sector information from {site.organisationName}, licensed under the Open Government Licence v3.0.&rdquo;
        </p>
        <h2>Address</h2>
        <p>The feed&rsquo;s base address is:</p>
        <p>
          <code className="break-all">{base}</code>
        </p>
        <p>It answers these requests, in JSON, to anyone, with no key:</p>
        <ul>
          <li>
            <code>/services</code> and <code>/services/&#123;id&#125;</code>
          </li>
          <li>
            <code>/service_at_locations</code> and <code>/service_at_locations/&#123;id&#125;</code>
          </li>
          <li>
            <code>/taxonomies</code>, <code>/taxonomy_terms</code> and each by <code>/&#123;id&#125;</code>
          </li>
        </ul>
        <p>Lists come in pages of up to {MAX_PER_PAGE} (<code>page</code> and <code>per_page</code>).</p>
        <h2>How to check it</h2>
        <p>
          Give the base address to the Open Referral UK validator, from <a href="https://openreferraluk.org">openreferraluk.org</a>. It reads the feed as another system would and says whether it meets the standard.
        </p>
      </div>
    </PageLayout>
  )
}
