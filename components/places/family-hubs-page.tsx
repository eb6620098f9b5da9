import Link from 'next/link'
import { PhoneLink } from '@/components/content/phone-link'
import { Postcode } from '@/components/content/postcode'
import { ErrorSummary } from '@/components/forms/error-summary'
import { PageLayout } from '@/components/layout/page-layout'
import { getHubs, getMainContact, getSite, getTerms, type Hub } from '@/lib/content'
import { getTranslator } from '@/lib/i18n/messages'
import { describeDistance } from '@/lib/places/distance'
import { getExamplePostcode } from '@/lib/places/server'
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
  const { t, rich } = getTranslator(lang)
  const inputMessage = inputError ? t(inputError.problem === 'empty' ? 'postcode.empty' : 'postcode.invalid', { ...getExamplePostcode() }) : undefined
  return (
    <PageLayout lang={lang} path="/family-hubs" breadcrumbs={{ trail: [], current: terms.hubs }}>
      {inputError ? <ErrorSummary lang={lang} errors={[{ href: '#postcode', message: inputMessage ?? '' }]} /> : null}
      <h1 className="mt-2 text-4xl">{terms.hubs}</h1>
      <p className="lede mt-4 max-w-3xl">
        {rich(count === 1 ? 'hubs.ledeOne' : 'hubs.lede', { count, hub: terms.hub, hubs: terms.hubs, city: site.city, phone: <PhoneLink phone={central.phone} /> })}
      </p>
      <p className="mt-2">
        <Link prefetch={false} href="/about-family-hubs">
          {t('home.whatIsAHub', { aHub: terms.aHub })}
        </Link>
      </p>

      <section aria-labelledby="nearest-heading" className="panel mt-6">
        <h2 id="nearest-heading" className="text-2xl">
          {t('hubs.findNearest', { hub: terms.hub })}
        </h2>
        <PostcodeForm
          value={inputError ? inputError.value : result && 'postcode' in result ? result.postcode : ''}
          error={inputMessage}
          lang={lang}
        />
        <UseMyLocation lang={lang} hubsWord={terms.hubs} />
      </section>

      {result ? <PostcodeAnswer lang={lang} result={result} city={site.city} phone={central.phone} terms={terms} /> : null}

      <h2 className="mt-10 text-3xl">{t('hubs.allByArea', { hubs: terms.hubs })}</h2>
      <HubsByArea headingLevel={3} lang={lang} />
    </PageLayout>
  )
}

function PostcodeAnswer({ lang, result, city, phone, terms }: { lang: string; result: NearestHubs<Hub>; city: string; phone: string; terms: ReturnType<typeof getTerms> }) {
  if (result.kind === 'input-error') return null
  const { t, rich, words } = getTranslator(lang)
  if (result.kind === 'found') {
    return (
      <section aria-labelledby="nearest-results" className="mt-8">
        <h2 id="nearest-results" className="text-2xl">
          {rich('hubs.nearestTo', { hubs: terms.hubs, postcode: <Postcode postcode={result.postcode} /> })}
        </h2>
        <p className="mt-1 text-muted">{t('hubs.straightLine')}</p>
        <ol className="mt-3 space-y-3" role="list">
          {result.hubs.map(({ hub, miles }, index) => (
            <li key={hub.slug} className={`border-s-4 p-4 ${index === 0 ? 'border-success bg-panel' : 'border-brand'}`}>
              <h3 className="text-xl">
                <Link prefetch={false} href={hub.url}>{hub.name}</Link>
              </h3>
              <p className="mt-1 font-bold first-letter:uppercase">{describeDistance(words, miles)}</p>
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
      title: t('hubs.outsideTitle', { postcode: result.postcode, city }),
      body: t('hubs.outsideBody', { hubs: terms.hubs, city }),
    },
    'not-found': {
      title: t('hubs.notFoundTitle', { postcode: result.postcode }),
      body: t('hubs.notFoundBody'),
    },
    unavailable: {
      title: t('hubs.unavailableTitle'),
      body: t('hubs.unavailableBody'),
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
        {rich('hubs.talkTo', { aHub: terms.aHub, phone: <PhoneLink phone={phone} /> })}
      </p>
    </section>
  )
}
