import { ErrorSummary } from '@/components/forms/error-summary'
import { PageLayout } from '@/components/layout/page-layout'
import { PhoneLink } from '@/components/content/phone-link'
import { Postcode } from '@/components/content/postcode'
import { findServicesFor, getAgeBands, getMainContact, getNeeds, getSupportLevels, groupByLevel, type Service } from '@/lib/content'
import {
  ACCESS_FILTERS,
  AUDIENCE_FILTERS,
  FILTER_KEYS,
  isFiltered,
  servicesHref,
  type FilterError,
  type ServiceFilter,
} from '@/lib/content/filters'
import { localPath } from '@/lib/i18n/addresses'
import { getTranslator } from '@/lib/i18n/messages'
import { textAttributes } from '@/lib/i18n/text-language'
import type { LocatedPostcode } from '@/lib/places/locate-postcode'
import { getExamplePostcode } from '@/lib/places/server'
import { finderChoices } from './finder-choices'
import { ServiceFinderForm, type FilterField } from './service-finder-form'
import { ServiceCard } from './service-card'
import { ServicesNear, sortedNear } from './services-near'

function filterFields(lang: string): FilterField[] {
  const { t } = getTranslator(lang)
  return [
    {
      key: 'age',
      label: t('finder.age'),
      options: getAgeBands().map((band) => ({ value: band.key, label: t(band.send ? 'finder.ageBandSend' : 'ages.range', { from: band.from, to: band.to }) })),
    },
    { key: 'need', label: t('needs.heading'), options: getNeeds(lang).map((need) => ({ value: need.slug, label: need.name })) },
    { key: 'level', label: t('finder.level'), options: getSupportLevels(lang).map((level) => ({ value: level.key, label: level.name })) },
    {
      key: 'access',
      label: t('finder.access'),
      options: Object.keys(ACCESS_FILTERS).map((value) => ({ value, label: value === 'ask-directly' ? t('finder.accessAsk') : t('finder.accessReferral') })),
    },
    { key: 'audience', label: t('finder.audience'), options: Object.keys(AUDIENCE_FILTERS).map((value) => ({ value, label: value === 'families' ? t('finder.audienceFamilies') : t('finder.audienceProfessionals') })) },
  ]
}

/** A postcode search: what was typed and where it is (or why we cannot say). */
export type FinderNear = { input: string; located: LocatedPostcode }

/** /services: every service, or those matching the filters in the address, nearest a postcode first if one is given. */
export function ServiceFinder({ filter, errors, near, lang }: { filter: ServiceFilter; errors: FilterError[]; near?: FinderNear; lang: string }) {
  const { t, plural, rich } = getTranslator(lang)
  const fields = filterFields(lang)
  const choices = finderChoices(lang)
  const example = getExamplePostcode()
  const { matches, agesNotStated } = findServicesFor(filter, lang)
  const filtered = isFiltered(filter, errors)
  const located = near?.located
  const postcodeError = located?.kind === 'input-error' ? t(located.problem === 'empty' ? 'postcode.empty' : 'postcode.invalid', { ...example }) : undefined
  const foundAt = located?.kind === 'found' ? located : undefined
  const postcode = located && located.kind !== 'input-error' ? located.postcode : undefined
  const active = FILTER_KEYS.flatMap((key) => {
    const value = filter[key]
    const field = fields.find((candidate) => candidate.key === key)
    const choice = choices.find((candidate) => candidate.key === key)
    const label = (field ?? choice)?.options.find((candidate) => candidate.value === value)?.label
    const name = field?.label.replace(/\?$/, '') ?? choice?.legend
    return value && name && label ? [{ key, field: name, label }] : []
  })
  const summary = [
    ...errors.map((error) => ({ href: `#filter-${error.field}`, message: t(`finderError.${error.field}`) })),
    ...(postcodeError ? [{ href: '#filter-postcode', message: postcodeError }] : []),
  ]

  return (
    <PageLayout lang={lang} path="/services" breadcrumbs={{ trail: [], current: t('nav.services') }}>
      <ErrorSummary lang={lang} errors={summary} />
      <h1 className="mt-2 text-4xl">{t('nav.services')}</h1>
      <p className="lede mt-4 max-w-3xl">{rich('finder.lede', { levelLink: <a href={localPath(lang, '/early-help')}>{t('finder.levelLink')}</a> })}</p>
      <ServiceFinderForm
        lang={lang}
        fields={fields}
        choices={choices}
        filter={filter}
        errors={errors}
        postcode={{ value: near?.input ?? '', error: postcodeError, example }}
      />

      <h2 className="mt-8 text-2xl" id="results">
        {filtered || near ? plural(filtered ? 'finder.countFilters' : 'finder.countSearch', matches.length) : plural('finder.countAll', matches.length)}
        {foundAt ? rich('finder.nearest', { postcode: <Postcode postcode={foundAt.postcode} /> }) : ''}
      </h2>
      {active.length > 0 ? (
        <div className="mt-2">
          <h3 className="sr-only">{t('finder.inUse')}</h3>
          <ul className="flex flex-wrap gap-3" role="list">
            {active.map(({ key, field, label }) => (
              <li key={key}>
                <a href={localPath(lang, servicesHref({ ...filter, [key]: undefined }, postcode))} className="inline-block border-2 border-ink px-2 py-1">
                  <span className="sr-only">{t('finder.remove')}</span>
                  {t('finder.filterInUse', { field, label })} <span aria-hidden="true">{'✕'}</span>
                </a>
              </li>
            ))}
          </ul>
          {active.length > 1 ? (
            <p className="mt-2">
              <a href={localPath(lang, servicesHref({}, postcode))}>{t('finder.removeAll')}</a>
            </p>
          ) : null}
        </div>
      ) : null}
      {matches.length === 0 ? (
        <p className="mt-2">{rich('finder.none', { phone: <PhoneLink phone={getMainContact().phone} /> })}</p>
      ) : null}
      {located && located.kind !== 'found' && located.kind !== 'input-error' ? <PostcodeProblem located={located} lang={lang} /> : null}
      {foundAt ? <ServicesNear {...sortedNear(foundAt.origin, matches)} headingPrefix="near" lang={lang} /> : <ServiceGroups services={matches} headingPrefix="level" lang={lang} />}

      {agesNotStated.length > 0 ? (
        <section aria-labelledby="ages-not-stated" className="mt-10">
          <h2 id="ages-not-stated" className="text-2xl">
            {plural('finder.unstatedHeading', agesNotStated.length)}
          </h2>
          <p className="mt-2 max-w-3xl">{plural('finder.unstatedText', agesNotStated.length)}</p>
          {foundAt ? (
            <ServicesNear {...sortedNear(foundAt.origin, agesNotStated)} headingPrefix="unstated-near" lang={lang} />
          ) : (
            <ServiceGroups services={agesNotStated} headingPrefix="unstated" lang={lang} />
          )}
        </section>
      ) : null}
    </PageLayout>
  )
}

function PostcodeProblem({ located, lang }: { located: Extract<LocatedPostcode, { kind: 'outside' | 'not-found' | 'unavailable' }>; lang: string }) {
  const { t, rich } = getTranslator(lang)
  // What the reader typed reads left to right in a right-to-left page too.
  const typed = <span dir="ltr">{located.kind === 'unavailable' ? '' : located.postcode}</span>
  const message = {
    outside: rich('finder.outside', { postcode: typed }),
    'not-found': rich('finder.notFound', { postcode: typed }),
    unavailable: t('finder.unavailable'),
  }[located.kind]
  return (
    <div className="panel panel-warning mt-4" role="status">
      <p>{message}</p>
    </div>
  )
}

function ServiceGroups({ services, headingPrefix, lang }: { services: Service[]; headingPrefix: string; lang: string }) {
  return groupByLevel(services, lang)
    .filter((group) => group.services.length > 0)
    .map(({ level, services: inLevel }) => (
      <section key={level.key} aria-labelledby={`${headingPrefix}-${level.key}`} className="mt-6">
        <h3 id={`${headingPrefix}-${level.key}`} className="text-xl">
          {level.order}. <span {...textAttributes(level.textLanguage, lang)}>{level.name}</span>
        </h3>
        <p className="text-muted" {...textAttributes(level.textLanguage, lang)}>{level.whoFor}</p>
        <ul className="mt-3 grid gap-4 md:grid-cols-2" role="list">
          {inLevel.map((service) => (
            <ServiceCard key={service.slug} service={service} lang={lang} />
          ))}
        </ul>
      </section>
    ))
}
