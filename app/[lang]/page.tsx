import { EmailLink, PhoneLink } from '@/components/content/phone-link'
import { RiskPanel } from '@/components/content/risk-panel'
import { PageLayout } from '@/components/layout/page-layout'
import { OpenNow } from '@/components/opening-times/open-now'
import { getEmergencyContact, getHubsByArea, getMainContact, getSafeguardingContact, getSite, getSupportLevels, getTerms, hasHubs, type Contact } from '@/lib/content'
import { type LanguageParams, localPath, pageLanguage } from '@/lib/i18n/addresses'
import { getTranslator } from '@/lib/i18n/messages'
import { pageMetadata } from '@/lib/metadata'
import { NearestHubSearch } from './_components/nearest-hub-search'
import { NeedLinks } from './_components/need-links'
import { textAttributes } from '@/lib/i18n/text-language'

const site = getSite()
const terms = getTerms()

export async function generateMetadata({ params }: LanguageParams) {
  const lang = await pageLanguage(params)
  const { t } = getTranslator(lang)
  return pageMetadata({
    title: site.siteName,
    description: hasHubs() ? t('home.description', { city: site.city, hub: terms.hub }) : t('home.descriptionNoHubs', { city: site.city }),
    path: '/',
    lang,
  })
}

export default async function HomePage({ params }: LanguageParams) {
  const lang = await pageLanguage(params)
  const { t } = getTranslator(lang)
  const central = getMainContact()
  const link = (path: string) => localPath(lang, path)
  const ways = [
    { href: '/services', label: t('home.servicesLink'), hint: t('home.servicesHint') },
    { href: '/professionals', label: t('home.professionalsLink'), hint: t('home.professionalsHint') },
    { href: '/guides', label: t('home.guidesLink'), hint: t('home.guidesHint') },
    { href: '/contact', label: t('home.contactLink'), hint: t('home.contactHint') },
  ]
  return (
    <PageLayout lang={lang} path="/">
      <h1 className="text-4xl">{t('home.title', { city: site.city })}</h1>
      <p className="lede mt-4 max-w-3xl">{t('home.lede', { hubs: terms.hubs })}</p>

      <NeedLinks lang={lang} />

      <RiskPanel dutyAndAdvice={getSafeguardingContact()} emergency={getEmergencyContact()} guidance={site.emergencyGuidance} lang={lang} />

      <div className="grid gap-8 md:grid-cols-2">
        {hasHubs() ? <HubsSection central={central} lang={lang} /> : <TalkToUs central={central} lang={lang} />}

        <section aria-labelledby="levels-heading">
          <h2 id="levels-heading" className="text-2xl">
            {t('home.levelsHeading')}
          </h2>
          <p className="mt-2">{t('home.levelsIntro')}</p>
          <ol className="mt-3 list-decimal space-y-2 ps-6">
            {getSupportLevels(lang).map((level) => (
              <li key={level.key} {...textAttributes(level.textLanguage, lang)}>
                <a href={link(level.url)}>{level.name}</a>: {level.whoFor}
              </li>
            ))}
          </ol>
          <p className="mt-4">
            <a href={link('/early-help')}>{t('home.howEarlyHelpWorks')}</a>
          </p>
        </section>
      </div>

      <section aria-labelledby="find-heading" className="mt-8">
        <h2 id="find-heading" className="text-2xl">
          {t('home.findHeading')}
        </h2>
        <ul className="mt-3 grid gap-4 md:grid-cols-2" role="list">
          {ways.map((way) => (
            <li key={way.href} className="border-t-4 border-brand pt-2">
              <a href={link(way.href)} className="text-lg font-bold">
                {way.label}
              </a>
              <p>{way.hint}</p>
            </li>
          ))}
        </ul>
      </section>
    </PageLayout>
  )
}

function HubsSection({ central, lang }: { central: Contact & { phone: string }; lang: string }) {
  const { t, rich } = getTranslator(lang)
  return (
    <section aria-labelledby="hubs-heading">
      <h2 id="hubs-heading" className="text-2xl">
        {t('home.hubsHeading', { hub: terms.hub })}
      </h2>
      <p className="mt-2">{rich('home.hubsIntro', { hubs: terms.hubs, city: site.city, phone: <PhoneLink phone={central.phone} />, aHub: terms.aHub })}</p>
      <NearestHubSearch label={t('home.nearestLabel', { hubs: terms.hubs })} lang={lang} />
      {getHubsByArea(lang).map((group) => (
        <div key={group.area} className="mt-4">
          <h3 className="text-lg">{group.label}</h3>
          <ul className="mt-1 list-disc ps-6">
            {group.hubs.map((hub) => (
              <li key={hub.slug} {...textAttributes(hub.textLanguage, lang)}>
                <a href={localPath(lang, hub.url)}>{hub.name}</a>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p className="mt-4">
        <a href={localPath(lang, '/family-hubs')}>{t('home.allHubs', { hubs: terms.hubs })}</a>
      </p>
    </section>
  )
}

/** A council without hub buildings: its main line is how families reach the help. */
function TalkToUs({ central, lang }: { central: Contact & { phone: string }; lang: string }) {
  const { t, rich } = getTranslator(lang)
  return (
    <section aria-labelledby="talk-heading">
      <h2 id="talk-heading" className="text-2xl">
        {t('home.talkHeading', { name: central.name })}
      </h2>
      <p className="mt-2">{central.description}</p>
      <ul className="mt-2 space-y-1" role="list">
        <li>{rich('contacts.phone', { phone: <PhoneLink phone={central.phone} /> })}</li>
        {central.email ? <li>{rich('contacts.email', { email: <EmailLink email={central.email} /> })}</li> : null}
        {central.website ? (
          <li>
            <a href={central.website}>{t('home.webPage', { name: central.name })}</a>
          </li>
        ) : null}
        {central.hours ? <li>{central.hours}</li> : null}
        {central.openingTimes ? (
          <li className="font-bold">
            <OpenNow lang={lang} times={central.openingTimes} closedDates={central.closedDates} madeAt={new Date()} />
          </li>
        ) : null}
      </ul>
      <p className="mt-4">
        <a href={localPath(lang, '/about-family-hubs')}>{t('home.whatIsAHub', { aHub: terms.aHub })}</a>
      </p>
    </section>
  )
}
