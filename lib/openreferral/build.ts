import { DAYS, CITYWIDE } from '@/lib/content/enums'
import type { FeedContact, FeedContent, FeedHub, FeedService, FeedVenue } from './content-input'
import { accessibilityEntries } from './fields/accessibility'
import { addressOf } from './fields/address'
import { attendingType } from './fields/attending'
import { costOptions, feesDescription } from './fields/cost'
import { INTERPRETERS_TERM, LANGUAGE_SUPPORT_TAXONOMY, languageEntries } from './fields/languages'
import { DAY_CODES, openingTimeSchedule, sessionSchedule } from './fields/schedules'
import { feedIds, type FeedIds } from './ids'
import type {
  OrukAttribute,
  OrukContact,
  OrukLocation,
  OrukOrganization,
  OrukPhone,
  OrukSchedule,
  OrukService,
  OrukServiceAtLocationFull,
  OrukServiceAtLocationSummary,
  OrukServiceSummary,
  OrukTaxonomy,
  OrukTaxonomyTerm,
} from './hsds'

// The Open Referral UK feed, built once from the content as pure data: the API answers
// (lib/openreferral/api.ts) page and filter it, the tests validate every object in it against
// the standard's schemas, and the importer reads the same shapes back. Only what the content
// states is published; a field the content does not know is left out, never filled in.

export { DAY_CODES }

export const NEEDS_TAXONOMY = 'needs'
export const LEVELS_TAXONOMY = 'levels-of-help'

/** What the list filters read about a service, worked out once. */
export type ServiceFacts = {
  /** Lower-case text the search parameter looks in: name, description and its terms' words. */
  text: string
  termIds: ReadonlySet<string>
  taxonomyIds: ReadonlySet<string>
  schedules: readonly OrukSchedule[]
}

export type FeedLocation = { serviceAtLocation: OrukServiceAtLocationFull; summary: OrukServiceAtLocationSummary; latitude: number; longitude: number; serviceId: string }

export type Feed = {
  organization: OrukOrganization
  services: readonly OrukService[]
  summaries: readonly OrukServiceSummary[]
  facts: ReadonlyMap<string, ServiceFacts>
  serviceAtLocations: readonly FeedLocation[]
  taxonomies: readonly OrukTaxonomy[]
  taxonomyTerms: readonly OrukTaxonomyTerm[]
  /** Everything by id, for the /{id} endpoints. */
  byId: {
    services: ReadonlyMap<string, OrukService>
    serviceAtLocations: ReadonlyMap<string, OrukServiceAtLocationFull>
    taxonomies: ReadonlyMap<string, OrukTaxonomy>
    taxonomyTerms: ReadonlyMap<string, OrukTaxonomyTerm>
  }
}

export type FeedOptions = {
  /** The public address pages are linked at (SITE_URL when deployed, else site.yaml siteUrl). */
  siteUrl: string
}

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '')

/** Markdown links to this site's own pages, made absolute so they work in another system. */
export function absoluteLinks(markdown: string, siteUrl: string): string {
  return markdown.replace(/\]\(\/(?!\/)/g, `](${withoutTrailingSlash(siteUrl)}/`)
}

/** The description: the summary, then the page's own text (absolute links) if it has any. */
function describe(summary: string, body: string, siteUrl: string): string {
  const text = body.trim()
  return text ? `${summary}\n\n${absoluteLinks(text, siteUrl)}` : summary
}

function present<T extends Record<string, unknown>>(value: T): T {
  for (const key of Object.keys(value)) {
    const field = value[key]
    if (field === undefined || (Array.isArray(field) && field.length === 0)) delete value[key]
  }
  return value
}

/** A copy without one field (list entries and nested objects leave out what the standard nests elsewhere). */
function without<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy = { ...value }
  delete copy[key]
  return copy
}

/** lastReviewed as a date-time: YYYY-MM-DD from a content file, an ISO date-time from contentlayer. */
function lastModified(date: string): string {
  return `${date.slice(0, 10)}T00:00:00Z`
}

export function buildFeed(content: FeedContent, options: FeedOptions): Feed {
  const siteUrl = withoutTrailingSlash(options.siteUrl)
  const id: FeedIds = feedIds(content.site.siteUrl)
  const page = (url: string) => `${siteUrl}${url}`
  const contactsByKey = new Map(content.contacts.map((contact) => [contact.key, contact]))

  const organization: OrukOrganization = {
    id: id('organization'),
    name: content.site.organisationName,
    description: content.site.siteName,
    website: `${siteUrl}/`,
  }

  const taxonomies: OrukTaxonomy[] = []
  const terms: OrukTaxonomyTerm[] = []
  const termsOfService = new Map<string, OrukTaxonomyTerm[]>()
  const addTerm = (term: OrukTaxonomyTerm, services: readonly string[]) => {
    terms.push(term)
    for (const slug of services) termsOfService.set(slug, [...(termsOfService.get(slug) ?? []), term])
  }

  if (content.needs.length > 0) {
    const taxonomy: OrukTaxonomy = { id: id('taxonomy', NEEDS_TAXONOMY), name: 'Needs', description: `What families ask ${content.site.siteName} for help with.`, uri: `${siteUrl}/help` }
    taxonomies.push(taxonomy)
    for (const need of [...content.needs].sort((a, b) => a.order - b.order)) {
      addTerm({ id: id('term', NEEDS_TAXONOMY, need.slug), name: need.name, description: need.summary, taxonomy: taxonomy.name, taxonomy_id: taxonomy.id, term_uri: page(need.url), code: need.slug }, need.services ?? [])
    }
  }
  if (content.supportLevels.length > 0) {
    const taxonomy: OrukTaxonomy = { id: id('taxonomy', LEVELS_TAXONOMY), name: 'Levels of help', description: 'The levels of help of the early help graduated approach, from help every family can use to specialist and intensive help.', uri: `${siteUrl}/early-help` }
    taxonomies.push(taxonomy)
    for (const level of [...content.supportLevels].sort((a, b) => a.order - b.order)) {
      const services = content.services.filter((service) => service.level === level.key).map((service) => service.slug)
      addTerm({ id: id('term', LEVELS_TAXONOMY, level.key), name: level.name, description: `${level.whoFor} ${level.summary}`, taxonomy: taxonomy.name, taxonomy_id: taxonomy.id, term_uri: page(level.url), code: level.key }, services)
    }
  }

  const withInterpreters = content.services.filter((service) => service.interpreters).map((service) => service.slug)
  if (withInterpreters.length > 0) {
    const taxonomy: OrukTaxonomy = { id: id('taxonomy', LANGUAGE_SUPPORT_TAXONOMY), name: 'Language support', description: 'Help with language that a service offers besides the languages its staff speak.' }
    taxonomies.push(taxonomy)
    addTerm({ id: id('term', LANGUAGE_SUPPORT_TAXONOMY, INTERPRETERS_TERM.code), name: INTERPRETERS_TERM.name, description: INTERPRETERS_TERM.description, taxonomy: taxonomy.name, taxonomy_id: taxonomy.id, code: INTERPRETERS_TERM.code }, withInterpreters)
  }

  // A day may have several spans: the first keeps the id a day had when it could have only one.
  const schedulesOf = (owner: string, serviceId: string, times: FeedService['openingTimes']): OrukSchedule[] =>
    [...(times ?? [])]
      .sort((a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || a.opens.localeCompare(b.opens))
      .map((time, index, sorted) => ({ id: sorted.findIndex((other) => other.day === time.day) === index ? id('schedule', owner, time.day) : id('schedule', owner, time.day, time.opens), service_id: serviceId, ...openingTimeSchedule(time) }))

  const hubsByKey = new Map(content.hubs.map((hub) => [hub.slug, hub]))
  const venuesByKey = new Map(content.venues.map((venue) => [venue.slug, venue]))
  /** A hub's or venue's place: the same location (and id) in every service held there. */
  const placeOf = (key: string): { location: OrukLocation; latitude: number; longitude: number } | undefined => {
    const hub = hubsByKey.get(key)
    if (hub) return { location: placeLocation(hub, id('location', hub.slug), id('address', hub.slug), id, content.site.city), latitude: hub.latitude, longitude: hub.longitude }
    const venue = venuesByKey.get(key)
    if (venue) return { location: placeLocation(venue, id('location', 'venue', venue.slug), id('address', 'venue', venue.slug), id, content.site.city), latitude: venue.latitude, longitude: venue.longitude }
    return undefined
  }

  const contactOf = (owner: string, serviceId: string, contact: FeedContact): OrukContact => {
    const contactId = id('contact', owner, contact.key)
    const phones: OrukPhone[] = contact.phone ? [present({ id: id('phone', owner, contact.key), contact_id: contactId, number: contact.phone, description: contact.description })] : []
    return present({ id: contactId, service_id: serviceId, name: contact.name, email: contact.email, phones })
  }
  const contactsOf = (owner: string, serviceId: string, keys: readonly string[] | undefined): OrukContact[] =>
    (keys ?? []).flatMap((key) => {
      const contact = contactsByKey.get(key)
      return contact ? [contactOf(owner, serviceId, contact)] : []
    })

  const areaName = (key: string) => (key === CITYWIDE ? `All of ${content.site.city}` : content.site.areas.find((area) => area.key === key)?.name ?? key)

  const services: OrukService[] = []
  const facts = new Map<string, ServiceFacts>()
  const serviceAtLocations: FeedLocation[] = []

  const summaryOf = (service: OrukService): OrukServiceSummary =>
    present({
      id: service.id,
      organization_id: service.organization_id,
      name: service.name,
      description: service.description,
      url: service.url,
      email: service.email,
      status: service.status,
      minimum_age: service.minimum_age,
      maximum_age: service.maximum_age,
      last_modified: service.last_modified,
      organization: service.organization,
    })

  const addFacts = (service: OrukService, serviceTerms: readonly OrukTaxonomyTerm[], words: readonly string[]) => {
    facts.set(service.id, {
      text: [service.name, service.description ?? '', ...serviceTerms.map((term) => term.name), ...words].join('\n').toLowerCase(),
      termIds: new Set(serviceTerms.map((term) => term.id)),
      taxonomyIds: new Set(serviceTerms.flatMap((term) => (term.taxonomy_id ? [term.taxonomy_id] : []))),
      schedules: service.schedules ?? [],
    })
  }
  const needWords = (slug: string) => content.needs.filter((need) => need.services?.includes(slug)).flatMap((need) => need.everydayWords)

  for (const source of content.services) {
    const serviceId = id('service', source.slug)
    const serviceTerms = termsOfService.get(source.slug) ?? []
    const hasPage = source.body.raw.trim() !== ''
    const owner = `service/${source.slug}`
    const places = (source.venues ?? []).flatMap((key) => {
      const place = placeOf(key)
      return place ? [{ key, serviceAtLocationId: id('service-at-location', 'service', source.slug, key), ...place }] : []
    })
    const attending = source.attending ? { attending_type: attendingType(source.attending) } : {}
    const sessions = (source.sessions ?? []).map((session, index): OrukSchedule => {
      const place = places.find((candidate) => candidate.key === session.venue)
      return present({ id: id('schedule', owner, 'session', String(index)), service_id: serviceId, ...(place ? { service_at_location_id: place.serviceAtLocationId } : {}), ...sessionSchedule(session), ...attending })
    })
    const opening = schedulesOf(owner, serviceId, source.openingTimes).map((schedule) => ({ ...schedule, ...attending }))
    // How families take part is said on the schedules (the profile has it there): a service with none says it on one of its own.
    const attendingOnly: OrukSchedule[] = source.attending && sessions.length + opening.length === 0 ? [{ id: id('schedule', owner, 'attending'), service_id: serviceId, ...attending }] : []
    const fees = source.cost ? feesDescription(source.cost) : undefined
    const service: OrukService = present({
      id: serviceId,
      organization_id: organization.id,
      name: source.name,
      description: describe(source.summary, source.body.raw, siteUrl),
      // Its page here; a service with no page of its own is linked at its own website, or else
      // at the list of services, where it is shown with who to ask.
      url: hasPage ? page(source.url) : source.website ?? page('/services'),
      email: source.email,
      status: 'active',
      minimum_age: source.ageFrom,
      maximum_age: source.ageTo,
      last_modified: lastModified(source.lastReviewed),
      organization,
      schedules: [...opening, ...sessions, ...attendingOnly],
      service_areas: source.areas.map((area) => ({ id: id('service-area', source.slug, area), service_id: serviceId, name: areaName(area) })),
      service_at_locations: places.map((place) => ({ id: place.serviceAtLocationId, service_id: serviceId, location_id: place.location.id, location: place.location })),
      contacts: contactsOf(owner, serviceId, source.contacts),
      phones: source.phone ? [{ id: id('phone', 'service', source.slug), service_id: serviceId, number: source.phone }] : [],
      attributes: serviceTerms.map((term): OrukAttribute => ({ id: id('attribute', source.slug, term.id), link_id: serviceId, link_type: 'service', taxonomy_term_id: term.id, taxonomy_term: term })),
      languages: languageEntries(source.languages, source.britishSignLanguage).map((language) => ({ id: id('language', source.slug, language.code ?? language.name ?? ''), service_id: serviceId, ...language })),
      cost_options: source.cost ? costOptions(source.cost).map((option, index) => ({ id: id('cost-option', source.slug, String(index)), service_id: serviceId, ...option })) : [],
      fees_description: fees,
      fees,
    })
    services.push(service)
    addFacts(service, serviceTerms, [...needWords(source.slug), ...places.flatMap(({ location }) => [location.name ?? '', location.addresses?.[0]?.postal_code ?? ''])])
    for (const place of places) {
      const serviceWithoutPlaces = without(service, 'service_at_locations')
      serviceAtLocations.push({
        serviceAtLocation: { id: place.serviceAtLocationId, service_id: serviceId, location_id: place.location.id, location: place.location, service: serviceWithoutPlaces },
        summary: { id: place.serviceAtLocationId, service_id: serviceId, location_id: place.location.id, location: without(place.location, 'addresses'), service: summaryOf(service) },
        latitude: place.latitude,
        longitude: place.longitude,
        serviceId,
      })
    }
  }

  // A hub is a place and the help given there: a location, and a service at it.
  for (const hub of content.hubs) {
    const serviceId = id('hub', hub.slug)
    const locationId = id('location', hub.slug)
    const serviceAtLocationId = id('service-at-location', hub.slug)
    const location = placeLocation(hub, locationId, id('address', hub.slug), id, content.site.city)
    const service: OrukService = present({
      id: serviceId,
      organization_id: organization.id,
      name: hub.name,
      description: describe(hub.summary, hub.body.raw, siteUrl),
      url: page(hub.url),
      email: hub.email,
      status: 'active',
      minimum_age: hub.ageFrom,
      maximum_age: hub.ageTo,
      last_modified: lastModified(hub.lastReviewed),
      organization,
      schedules: schedulesOf(`hub/${hub.slug}`, serviceId, hub.openingTimes).map((schedule) => ({ ...schedule, service_at_location_id: serviceAtLocationId })),
      service_areas: [{ id: id('service-area', 'hub', hub.slug), service_id: serviceId, name: areaName(hub.area) }],
      service_at_locations: [{ id: serviceAtLocationId, service_id: serviceId, location_id: locationId, location }],
      contacts: contactsOf(`hub/${hub.slug}`, serviceId, hub.contacts),
      phones: [{ id: id('phone', 'hub', hub.slug), service_id: serviceId, number: hub.phone }],
    })
    services.push(service)
    addFacts(service, [], [hub.postcode, ...hub.addressLines])
    const locationSummary = without(location, 'addresses')
    const serviceWithoutPlaces = without(service, 'service_at_locations')
    serviceAtLocations.push({
      serviceAtLocation: { id: serviceAtLocationId, service_id: serviceId, location_id: locationId, location, service: serviceWithoutPlaces },
      summary: { id: serviceAtLocationId, service_id: serviceId, location_id: locationId, location: locationSummary, service: summaryOf(service) },
      latitude: hub.latitude,
      longitude: hub.longitude,
      serviceId,
    })
  }

  services.sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.id.localeCompare(b.id))
  serviceAtLocations.sort((a, b) => (a.summary.location?.name ?? '').localeCompare(b.summary.location?.name ?? '', 'en-GB'))

  return {
    organization,
    services,
    summaries: services.map(summaryOf),
    facts,
    serviceAtLocations,
    taxonomies,
    taxonomyTerms: terms,
    byId: {
      services: new Map(services.map((service) => [service.id, service])),
      serviceAtLocations: new Map(serviceAtLocations.map((place) => [place.serviceAtLocation.id, place.serviceAtLocation])),
      taxonomies: new Map(taxonomies.map((taxonomy) => [taxonomy.id, taxonomy])),
      taxonomyTerms: new Map(terms.map((term) => [term.id, term])),
    },
  }
}

/** A hub's or venue's place: its address (fields/address.ts) and what it has for people who need it to get in. */
function placeLocation(place: FeedHub | FeedVenue, locationId: string, addressId: string, id: FeedIds, councilArea: string): OrukLocation {
  const accessibility = accessibilityEntries(place.accessibility, place.accessibilityNotes).map((entry, index) => ({ id: id('accessibility', locationId, String(index)), location_id: locationId, ...entry }))
  return present({
    id: locationId,
    location_type: 'physical' as const,
    name: place.name,
    description: place.summary,
    latitude: place.latitude,
    longitude: place.longitude,
    addresses: [{ id: addressId, location_id: locationId, ...addressOf(place.addressLines, place.postcode, councilArea) }],
    accessibility,
  })
}
