import Link from 'next/link'
import { EmailLink, PhoneLink } from '@/components/content/phone-link'
import { RiskPanel } from '@/components/content/risk-panel'
import { PageLayout } from '@/components/layout/page-layout'
import { OpenNow } from '@/components/opening-times/open-now'
import { NearestHubSearch } from './_components/nearest-hub-search'
import { getEmergencyContact, getHubsByArea, getMainContact, getSafeguardingContact, getSite, getSupportLevels, getTerms, hasHubs, type Contact } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { NeedLinks } from './_components/need-links'
import { type LanguageParams, pageLanguage } from '@/lib/i18n/addresses'

const site = getSite()
const terms = getTerms()

export async function generateMetadata({ params }: LanguageParams) {
  return pageMetadata({
    title: site.siteName,
    description: `Help for children, young people and families in ${site.city}: ${hasHubs() ? `find your ${terms.hub}, ` : ''}see the levels of help and who to call.`,
    path: '/',
    lang: await pageLanguage(params),
  })
}

export default async function HomePage({ params }: LanguageParams) {
  const lang = await pageLanguage(params)
  const central = getMainContact()
  return (
    <PageLayout lang={lang} path="/">
      <h1 className="text-4xl">Help for families in {site.city}</h1>
      <p className="lede mt-4 max-w-3xl">
        {terms.hubs} and early help support children, young people and families when life gets hard. This site is for
        parents, carers and young people, and for people who work with children.
      </p>

      <NeedLinks />

      <RiskPanel
        dutyAndAdvice={getSafeguardingContact()}
        emergency={getEmergencyContact()}
        guidance={site.emergencyGuidance}
      />

      <div className="grid gap-8 md:grid-cols-2">
        {hasHubs() ? <HubsSection central={central} /> : <TalkToUs central={central} />}

        <section aria-labelledby="levels-heading">
          <h2 id="levels-heading" className="text-2xl">
            The levels of help
          </h2>
          <p className="mt-2">Most families get the help they need from everyday services. Some need more.</p>
          <ol className="mt-3 list-decimal space-y-2 ps-6">
            {getSupportLevels().map((level) => (
              <li key={level.key}>
                <Link prefetch={false} href={level.url}>{level.name}</Link>: {level.whoFor}
              </li>
            ))}
          </ol>
          <p className="mt-4">
            <Link prefetch={false} href="/early-help">How early help works</Link>
          </p>
        </section>
      </div>

      <section aria-labelledby="find-heading" className="mt-8">
        <h2 id="find-heading" className="text-2xl">
          Find help
        </h2>
        <ul className="mt-3 grid gap-4 md:grid-cols-2" role="list">
          <li className="border-t-4 border-brand pt-2">
            <Link prefetch={false} href="/services" className="text-lg font-bold">
              Services for families
            </Link>
            <p>Filter by age and who the service is for.</p>
          </li>
          <li className="border-t-4 border-brand pt-2">
            <Link prefetch={false} href="/professionals" className="text-lg font-bold">
              For professionals
            </Link>
            <p>Who to call, when, and what happens next.</p>
          </li>
          <li className="border-t-4 border-brand pt-2">
            <Link prefetch={false} href="/guides" className="text-lg font-bold">
              One-minute guides
            </Link>
            <p>Short, printable guides for people who work with children.</p>
          </li>
          <li className="border-t-4 border-brand pt-2">
            <Link prefetch={false} href="/contact" className="text-lg font-bold">
              Contact us
            </Link>
            <p>Which number to call, and when.</p>
          </li>
        </ul>
      </section>
    </PageLayout>
  )
}

function HubsSection({ central }: { central: Contact & { phone: string } }) {
  return (
    <section aria-labelledby="hubs-heading">
      <h2 id="hubs-heading" className="text-2xl">
        Find your {terms.hub}
      </h2>
      <p className="mt-2">
        There are {terms.hubs} across {site.city}. Call <PhoneLink phone={central.phone} /> to talk to {terms.aHub}. You
        do not need a referral.
      </p>
      <NearestHubSearch />
      {getHubsByArea().map((group) => (
        <div key={group.area} className="mt-4">
          <h3 className="text-lg">{group.label}</h3>
          <ul className="mt-1 list-disc ps-6">
            {group.hubs.map((hub) => (
              <li key={hub.slug}>
                <Link prefetch={false} href={hub.url}>{hub.name}</Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p className="mt-4">
        <Link prefetch={false} href="/family-hubs">All {terms.hubs}, with addresses</Link>
      </p>
    </section>
  )
}

/** A council without hub buildings: its main line is how families reach the help. */
function TalkToUs({ central }: { central: Contact & { phone: string } }) {
  return (
    <section aria-labelledby="talk-heading">
      <h2 id="talk-heading" className="text-2xl">
        Talk to the {central.name}
      </h2>
      <p className="mt-2">{central.description}</p>
      <ul className="mt-2 space-y-1" role="list">
        <li>
          Phone: <PhoneLink phone={central.phone} />
        </li>
        {central.email ? (
          <li>
            Email: <EmailLink email={central.email} />
          </li>
        ) : null}
        {central.website ? (
          <li>
            <a href={central.website}>The {central.name}&apos;s web page</a>
          </li>
        ) : null}
        {central.hours ? <li>{central.hours}</li> : null}
        {central.openingTimes ? (
          <li className="font-bold">
            <OpenNow times={central.openingTimes} closedDates={central.closedDates} madeAt={new Date()} />
          </li>
        ) : null}
      </ul>
      <p className="mt-4">
        <Link prefetch={false} href="/about-family-hubs">What {terms.aHub} is and how it works</Link>
      </p>
    </section>
  )
}
