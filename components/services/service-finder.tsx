import Link from 'next/link'
import { ErrorSummary } from '@/components/forms/error-summary'
import { PageLayout } from '@/components/layout/page-layout'
import { PhoneLink } from '@/components/content/phone-link'
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
import type { LocatedPostcode } from '@/lib/places/locate-postcode'
import { getExamplePostcode } from '@/lib/places/server'
import { finderChoices } from './finder-choices'
import { ServiceFinderForm, type FilterField } from './service-finder-form'
import { ServiceCard } from './service-card'
import { ServicesNear, sortedNear } from './services-near'

function filterFields(): FilterField[] {
  return [
    { key: 'age', label: 'Age of the child or young person', options: getAgeBands().map((band) => ({ value: band.key, label: band.label })) },
    { key: 'need', label: 'What do you need help with?', options: getNeeds().map((need) => ({ value: need.slug, label: need.name })) },
    { key: 'level', label: 'Level of help', options: getSupportLevels().map((level) => ({ value: level.key, label: level.name })) },
    {
      key: 'access',
      label: 'How to get it',
      options: Object.entries(ACCESS_FILTERS).map(([value, spec]) => ({ value, label: spec.label })),
    },
    { key: 'audience', label: 'Who it is for', options: Object.entries(AUDIENCE_FILTERS).map(([value, label]) => ({ value, label })) },
  ]
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** A postcode search: what was typed and where it is (or why we cannot say). */
export type FinderNear = { input: string; located: LocatedPostcode }

/** /services: every service, or those matching the filters in the address, nearest a postcode first if one is given. */
export function ServiceFinder({ filter, errors, near, lang }: { filter: ServiceFilter; errors: FilterError[]; near?: FinderNear; lang: string }) {
  const fields = filterFields()
  const choices = finderChoices()
  const { matches, agesNotStated } = findServicesFor(filter)
  const filtered = isFiltered(filter, errors)
  const located = near?.located
  const postcodeError = located?.kind === 'input-error' ? located.message : undefined
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
    ...errors.map((error) => ({ href: `#filter-${error.field}`, message: error.message })),
    ...(postcodeError ? [{ href: '#filter-postcode', message: postcodeError }] : []),
  ]

  return (
    <PageLayout lang={lang} path="/services" breadcrumbs={{ trail: [], current: 'Services' }}>
      <ErrorSummary lang={lang} errors={summary} />
      <h1 className="mt-2 text-4xl">Services</h1>
      <p className="lede mt-4 max-w-3xl">
        Services are grouped by the <Link prefetch={false} href="/early-help">level of help</Link> they give. Most families only need
        the first levels.
      </p>
      <ServiceFinderForm
        fields={fields}
        choices={choices}
        filter={filter}
        errors={errors}
        postcode={{ value: near?.input ?? '', error: postcodeError, example: getExamplePostcode() }}
      />

      <h2 className="mt-8 text-2xl" id="results">
        {filtered || near ? `${plural(matches.length, 'service matches', 'services match')} your ${filtered ? 'filters' : 'search'}` : plural(matches.length, 'service', 'services')}
        {foundAt ? `, nearest to ${foundAt.postcode} first` : ''}
      </h2>
      {active.length > 0 ? (
        <div className="mt-2">
          <h3 className="sr-only">Filters in use</h3>
          <ul className="flex flex-wrap gap-3" role="list">
            {active.map(({ key, field, label }) => (
              <li key={key}>
                <Link prefetch={false} href={servicesHref({ ...filter, [key]: undefined }, postcode)} className="inline-block border-2 border-ink px-2 py-1">
                  <span className="sr-only">Remove filter: </span>
                  {field}: {label} <span aria-hidden="true">✕</span>
                </Link>
              </li>
            ))}
          </ul>
          {active.length > 1 ? (
            <p className="mt-2">
              <Link prefetch={false} href={servicesHref({}, postcode)}>
                Remove all filters
              </Link>
            </p>
          ) : null}
        </div>
      ) : null}
      {matches.length === 0 ? (
        <p className="mt-2">
          No service matches all of these. Remove a filter, or call{' '}
          <PhoneLink phone={getMainContact().phone} /> to talk it through.
        </p>
      ) : null}
      {located && located.kind !== 'found' && located.kind !== 'input-error' ? <PostcodeProblem located={located} /> : null}
      {foundAt ? <ServicesNear {...sortedNear(foundAt.origin, matches)} headingPrefix="near" /> : <ServiceGroups services={matches} headingPrefix="level" />}

      {agesNotStated.length > 0 ? (
        <section aria-labelledby="ages-not-stated" className="mt-10">
          <h2 id="ages-not-stated" className="text-2xl">
            {plural(agesNotStated.length, 'more service does', 'more services do')} not say which ages {agesNotStated.length === 1 ? 'it helps' : 'they help'}
          </h2>
          <p className="mt-2 max-w-3xl">
            {agesNotStated.length === 1 ? 'It matches' : 'They match'} your other filters, but {agesNotStated.length === 1 ? 'its' : 'their'} information
            does not give an age range, so we cannot say {agesNotStated.length === 1 ? 'it helps' : 'they help'} this age. Ask the service.
          </p>
          {foundAt ? (
            <ServicesNear {...sortedNear(foundAt.origin, agesNotStated)} headingPrefix="unstated-near" />
          ) : (
            <ServiceGroups services={agesNotStated} headingPrefix="unstated" />
          )}
        </section>
      ) : null}
    </PageLayout>
  )
}

function PostcodeProblem({ located }: { located: Extract<LocatedPostcode, { kind: 'outside' | 'not-found' | 'unavailable' }> }) {
  const message = {
    outside: `${located.postcode} is not in our area, so we cannot say which services are nearest. Here they are by level of help.`,
    'not-found': `We could not find ${located.postcode}. Check the postcode and try again. Here are the services by level of help.`,
    unavailable: 'We cannot look up postcodes at the moment. Try again in a few minutes. Here are the services by level of help.',
  }[located.kind]
  return (
    <div className="panel panel-warning mt-4" role="status">
      <p>{message}</p>
    </div>
  )
}

function ServiceGroups({ services, headingPrefix }: { services: Service[]; headingPrefix: string }) {
  return groupByLevel(services)
    .filter((group) => group.services.length > 0)
    .map(({ level, services: inLevel }) => (
      <section key={level.key} aria-labelledby={`${headingPrefix}-${level.key}`} className="mt-6">
        <h3 id={`${headingPrefix}-${level.key}`} className="text-xl">
          {level.order}. {level.name}
        </h3>
        <p className="text-muted">{level.whoFor}</p>
        <ul className="mt-3 grid gap-4 md:grid-cols-2" role="list">
          {inLevel.map((service) => (
            <ServiceCard key={service.slug} service={service} />
          ))}
        </ul>
      </section>
    ))
}
