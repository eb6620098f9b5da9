import Link from 'next/link'
import { PhoneLink } from '@/components/content/phone-link'
import { Postcode } from '@/components/content/postcode'
import { ErrorSummary } from '@/components/forms/error-summary'
import { PageLayout } from '@/components/layout/page-layout'
import { getHubs, getMainContact, getSite, getTerms, type Hub } from '@/lib/content'
import { describeDistance } from '@/lib/places/distance'
import type { NearestHubs } from '@/lib/places/nearest-hubs'
import { HubAddressText, HubsByArea } from './hubs-by-area'
import { PostcodeForm } from './postcode-form'
import { UseMyLocation } from './use-my-location'

/** /family-hubs, with or without the answer to a postcode search. */
export function FamilyHubsPage({ result, lang }: { result?: NearestHubs<Hub>; lang: string }) {
  const site = getSite()
  const central = getMainContact()
  const terms = getTerms()
  const count = getHubs().length
  const inputError = result?.kind === 'input-error' ? result : undefined
  return (
    <PageLayout lang={lang} path="/family-hubs" breadcrumbs={{ trail: [], current: terms.hubs }}>
      {inputError ? <ErrorSummary lang={lang} errors={[{ href: '#postcode', message: inputError.message }]} /> : null}
      <h1 className="mt-2 text-4xl">{terms.hubs}</h1>
      <p className="lede mt-4 max-w-3xl">
        {count === 1 ? `There is 1 ${terms.hub} in ${site.city}. It has` : `There are ${count} ${terms.hubs} in ${site.city}. Each one has`}{' '}
        a team that helps families with children and young people. Call <PhoneLink phone={central.phone} /> to talk to{' '}
        {count === 1 ? 'it' : 'any of them'}.
      </p>
      <p className="mt-2">
        <Link prefetch={false} href="/about-family-hubs">What {terms.aHub} is and how it works</Link>
      </p>

      <section aria-labelledby="nearest-heading" className="panel mt-6">
        <h2 id="nearest-heading" className="text-2xl">
          Find your nearest {terms.hub}
        </h2>
        <PostcodeForm
          value={inputError ? inputError.value : result && 'postcode' in result ? result.postcode : ''}
          error={inputError?.message}
          lang={lang}
        />
        <UseMyLocation hubsWord={terms.hubs} />
      </section>

      {result ? <PostcodeAnswer result={result} city={site.city} phone={central.phone} terms={terms} /> : null}

      <h2 className="mt-10 text-3xl">All {terms.hubs} by area</h2>
      <HubsByArea headingLevel={3} lang={lang} />
    </PageLayout>
  )
}

function PostcodeAnswer({ result, city, phone, terms }: { result: NearestHubs<Hub>; city: string; phone: string; terms: ReturnType<typeof getTerms> }) {
  if (result.kind === 'input-error') return null
  if (result.kind === 'found') {
    return (
      <section aria-labelledby="nearest-results" className="mt-8">
        <h2 id="nearest-results" className="text-2xl">
          {`${terms.hubs} nearest to `}<Postcode postcode={result.postcode} />
        </h2>
        <p className="mt-1 text-muted">Distances are in a straight line, not by road, and are approximate.</p>
        <ol className="mt-3 space-y-3" role="list">
          {result.hubs.map(({ hub, miles }, index) => (
            <li key={hub.slug} className={`border-s-4 p-4 ${index === 0 ? 'border-success bg-panel' : 'border-brand'}`}>
              <h3 className="text-xl">
                <Link prefetch={false} href={hub.url}>{hub.name}</Link>
              </h3>
              <p className="mt-1 font-bold first-letter:uppercase">{describeDistance(miles)}</p>
              <p>
                <HubAddressText hub={hub} />
              </p>
            </li>
          ))}
        </ol>
      </section>
    )
  }
  const messages = {
    outside: {
      title: `${result.postcode} is not in ${city}`,
      body: `These ${terms.hubs} are for families who live in ${city}. If you live somewhere else, your own council can tell you about help near you.`,
    },
    'not-found': {
      title: `We could not find ${result.postcode}`,
      body: 'Check the postcode and try again, or choose a hub from the list below.',
    },
    unavailable: {
      title: 'We cannot look up postcodes at the moment',
      body: 'Try again in a few minutes, or choose a hub from the list below.',
    },
  } as const
  const message = messages[result.kind]
  return (
    <section aria-labelledby="nearest-results" className="panel panel-warning mt-8">
      <h2 id="nearest-results" className="text-2xl">
        {message.title}
      </h2>
      <p className="mt-2">{message.body}</p>
      <p className="mt-2">
        To talk to {terms.aHub}, call <PhoneLink phone={phone} />.
      </p>
    </section>
  )
}
