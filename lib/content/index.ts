import 'server-only'
import {
  allContacts,
  allGuides,
  allHubs,
  allNeeds,
  allPages,
  allServices,
  allSupportLevels,
  allVenues,
  site,
  type Contact,
  type Guide,
  type Hub,
  type Need,
  type Page,
  type Service,
  type SupportLevel,
  type Venue,
} from 'contentlayer/generated'
import { CITYWIDE } from './enums'
import { findServices, type AgeBandSpec, type FinderVocabulary, type ServiceFilter } from './filters'
import { FINDER_VOCABULARY } from './finder-vocabulary'
import { OWN_ROUTE_PAGES } from './site-pages'
import { siteLanguages } from '../i18n/site-languages'
import { inLanguage, perLanguage, type InLanguage } from './in-language'

export type { Contact, Guide, Hub, Need, Page, Service, SupportLevel, Venue }
export type { InLanguage } from './in-language'

// The documents a page shows come in the page's language (lib/content/in-language.ts): pass it as
// `language`; without it, the default language's. Lists are sorted in the language they are in.

/** The site's default language (site.yaml languages, the first). */
function defaultLanguage(): string {
  return siteLanguages(site)[0] ?? 'en-GB'
}

const byName = (language: string) => (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, language)
const inEach = <T extends { type: string; slug: string; body: Service['body'] }>(documents: readonly T[], language: string) => documents.map((document) => inLanguage(document, language, defaultLanguage()))

const hubsIn = perLanguage((language) => inEach(allHubs, language).sort(byName(language)))
const venuesIn = perLanguage((language) => inEach(allVenues, language).sort(byName(language)))
const servicesIn = perLanguage((language) => inEach(allServices, language).sort(byName(language)))
const levelsIn = perLanguage((language) => inEach(allSupportLevels, language).sort((a, b) => a.order - b.order))
const guidesIn = perLanguage((language) => inEach(allGuides, language).sort((a, b) => a.title.localeCompare(b.title, language)))
const pagesIn = perLanguage((language) => inEach(allPages, language).sort((a, b) => a.title.localeCompare(b.title, language)))
const needsIn = perLanguage((language) => inEach(allNeeds, language).sort((a, b) => a.order - b.order))

export function getSite() {
  return site
}

/** The content check guarantees every contact key used in content exists, so a miss is a programming error. */
export function getContact(key: string): Contact {
  const contact = allContacts.find((candidate) => candidate.key === key)
  if (!contact) throw new Error(`content/contacts/${key}.yaml is missing; run npm run content:check`)
  return contact
}

/** The contacts a document lists by key, in its order. */
export function getContactsByKey(keys: readonly string[] | undefined): Contact[] {
  return (keys ?? []).map(getContact)
}

/** The key contacts (site.yaml keyContacts), for the footer, the home page and the contact page. */
export function getContacts(): Contact[] {
  return getContactsByKey(site.keyContacts)
}

/** The contact families and professionals call first (site.yaml mainContact). */
export function getMainContact(): Contact & { phone: string } {
  return withPhone(site.mainContact)
}

/** Who professionals call when a child may be harmed (site.yaml safeguardingContact). */
export function getSafeguardingContact(): Contact & { phone: string } {
  return withPhone(site.safeguardingContact)
}

/** Who to call when a child is in danger right now (site.yaml emergencyContact). */
export function getEmergencyContact(): Contact & { phone: string } {
  return withPhone(site.emergencyContact)
}

/** The content check requires a phone number for these contacts. */
function withPhone(key: string): Contact & { phone: string } {
  const contact = getContact(key)
  const { phone } = contact
  if (phone === undefined) throw new Error(`content/contacts/${key}.yaml has no phone; run npm run content:check`)
  return { ...contact, phone }
}

/**
 * Whether the council has hub buildings (files in hubs/). A council whose Family Hub is a service
 * reached by phone has none: the hub pages, the postcode search and their links are then absent.
 */
export function hasHubs(): boolean {
  return allHubs.length > 0
}

/** What the council calls its hubs (site.yaml terms:), "Family Hub(s)" unless it says otherwise. */
export function getTerms(): { hub: string; hubs: string; aHub: string } {
  const { hub, hubs } = site.terms ?? { hub: 'Family Hub', hubs: 'Family Hubs' }
  return { hub, hubs, aHub: `${/^[aeiou]/i.test(hub) ? 'an' : 'a'} ${hub}` }
}

/** The council's logo for the header, if site.yaml names one (checked at build). */
export function getLogo(): { src: string; width: number; height: number; alt: string } | undefined {
  const { logo, logoSrc, logoWidth, logoHeight } = site
  return logo && logoSrc !== '' ? { src: logoSrc, width: logoWidth, height: logoHeight, alt: logo.alt } : undefined
}

export function getHubs(language = defaultLanguage()): InLanguage<Hub>[] {
  return [...hubsIn(language)]
}

/** The hubs in each area of site.yaml, in its order; areas without a hub are left out. */
export function getHubsByArea(language = defaultLanguage()): { area: string; label: string; hubs: InLanguage<Hub>[] }[] {
  const hubs = getHubs(language)
  return site.areas
    .map(({ key, name }) => ({ area: key, label: name, hubs: hubs.filter((hub) => hub.area === key) }))
    .filter((group) => group.hubs.length > 0)
}

/** An area's name from site.yaml (the content check guarantees hubs and services use its keys). */
export function getAreaName(key: string): string {
  return site.areas.find((area) => area.key === key)?.name ?? key
}

/** A hub team role's label from site.yaml (the content check guarantees hubs and needs use its keys). */
export function getRoleLabel(key: string): string {
  return site.roles?.find((role) => role.key === key)?.label ?? key
}

/** Where a service works, in words: the whole city, or an area's name. */
export function getCoverageName(key: string): string {
  return key === CITYWIDE ? `All of ${site.city}` : getAreaName(key)
}

export function getHub(slug: string, language = defaultLanguage()): InLanguage<Hub> | undefined {
  return hubsIn(language).find((hub) => hub.slug === slug)
}

export function getVenues(language = defaultLanguage()): InLanguage<Venue>[] {
  return [...venuesIn(language)]
}

export function getVenue(slug: string, language = defaultLanguage()): InLanguage<Venue> | undefined {
  return venuesIn(language).find((venue) => venue.slug === slug)
}

/** A place a service happens: a hub or a venue, by the file name services give under venues:. */
export type Place = { kind: 'hub'; hub: InLanguage<Hub> } | { kind: 'venue'; venue: InLanguage<Venue> }

/** The content check guarantees every key under a service's venues: is a hub or a venue, so a miss is a programming error. */
export function getPlace(key: string, language = defaultLanguage()): Place {
  const hub = getHub(key, language)
  if (hub) return { kind: 'hub', hub }
  const venue = getVenue(key, language)
  if (venue) return { kind: 'venue', venue }
  throw new Error(`"${key}" is neither content/hubs/${key}.md nor content/venues/${key}.md; run npm run content:check`)
}

/** The services that happen at a hub or venue (they name it under venues:). */
export function getServicesAt(key: string, language = defaultLanguage()): InLanguage<Service>[] {
  return getServices(language).filter((service) => service.venues?.includes(key))
}

/** The school terms (site.yaml termDates), for sessions in term time or the holidays. */
export function getTermDates(): readonly { from: string; until: string }[] {
  return site.termDates ?? []
}

export function getServices(language = defaultLanguage()): InLanguage<Service>[] {
  return [...servicesIn(language)]
}

/** The service finder's age groups (site.yaml ageBands). */
export function getAgeBands(): readonly AgeBandSpec[] {
  return FINDER_VOCABULARY.ageBands
}

/** The values the service finder accepts: the content's needs, levels of help and age groups. */
export function getFinderVocabulary(): FinderVocabulary {
  return FINDER_VOCABULARY
}

/** The service finder: matches, and the services that match but do not state their ages. */
export function findServicesFor(filter: ServiceFilter, language = defaultLanguage()): { matches: InLanguage<Service>[]; agesNotStated: InLanguage<Service>[] } {
  return findServices(getServices(language), filter, (slug) => getNeed(slug)?.services ?? [], getAgeBands())
}

export function getService(slug: string, language = defaultLanguage()): InLanguage<Service> | undefined {
  return servicesIn(language).find((service) => service.slug === slug)
}

/**
 * A service whose file has no text below the front matter has no page of its own: it is
 * listed at its level and in the services list with who to ask, never as an empty page.
 */
export function hasOwnPage(service: Service): boolean {
  return service.body.raw.trim() !== ''
}

/** Services that have a page at their url. */
export function getServicesWithPages(language = defaultLanguage()): InLanguage<Service>[] {
  return getServices(language).filter(hasOwnPage)
}

export function getSupportLevels(language = defaultLanguage()): InLanguage<SupportLevel>[] {
  return [...levelsIn(language)]
}

export function getSupportLevel(key: Service['level'], language = defaultLanguage()): InLanguage<SupportLevel> | undefined {
  return levelsIn(language).find((level) => level.key === key)
}

/** Services grouped under each level of the graduated approach, least intensive first. */
export function groupByLevel<S extends Service>(services: readonly S[], language = defaultLanguage()): { level: InLanguage<SupportLevel>; services: S[] }[] {
  return getSupportLevels(language).map((level) => ({
    level,
    services: services.filter((service) => service.level === level.key),
  }))
}

/** The services a support level names, in the order the editor listed them. */
export function getLevelServices(level: SupportLevel, language = defaultLanguage()): InLanguage<Service>[] {
  return level.services.flatMap((slug) => getService(slug, language) ?? [])
}

export function getGuides(language = defaultLanguage()): InLanguage<Guide>[] {
  return [...guidesIn(language)]
}

export function getGuide(slug: string, language = defaultLanguage()): InLanguage<Guide> | undefined {
  return guidesIn(language).find((guide) => guide.slug === slug)
}

export function getPages(language = defaultLanguage()): InLanguage<Page>[] {
  return [...pagesIn(language)]
}

export function getPage(slug: string, language = defaultLanguage()): InLanguage<Page> | undefined {
  return pagesIn(language).find((page) => page.slug === slug)
}

/** For routes whose page must exist: the content check makes a miss impossible in a build. */
export function requirePage(slug: string, language = defaultLanguage()): InLanguage<Page> {
  const page = getPage(slug, language)
  if (!page) throw new Error(`content/pages/${slug}.md is missing; run npm run content:check`)
  return page
}

/** The things families ask for help with, in the order editors chose. */
export function getNeeds(language = defaultLanguage()): InLanguage<Need>[] {
  return [...needsIn(language)]
}

export function getNeed(slug: string, language = defaultLanguage()): InLanguage<Need> | undefined {
  return needsIn(language).find((need) => need.slug === slug)
}

/** The needs that name this service, for its "Helps with" line. */
export function getNeedsForService(slug: string, language = defaultLanguage()): InLanguage<Need>[] {
  return getNeeds(language).filter((need) => need.services?.includes(slug))
}

/** The needs that name this guide, for its "Helps with" line. */
export function getNeedsForGuide(slug: string, language = defaultLanguage()): InLanguage<Need>[] {
  return getNeeds(language).filter((need) => need.guides?.includes(slug))
}

/** Every public URL, for the sitemap and the end-to-end tests. */
export function getAllPaths(): { path: string; lastModified?: string }[] {
  const fixed = ['/', ...(hasHubs() ? ['/family-hubs'] : []), '/services', '/guides', '/help', '/open-data']
  return [
    ...fixed.map((path) => ({ path })),
    ...allPages.map((page) => ({ path: page.url, lastModified: page.lastReviewed })),
    ...getHubs().map((hub) => ({ path: hub.url, lastModified: hub.lastReviewed })),
    ...getVenues().map((venue) => ({ path: venue.url, lastModified: venue.lastReviewed })),
    ...getServicesWithPages().map((service) => ({ path: service.url, lastModified: service.lastReviewed })),
    ...getGuides().map((guide) => ({ path: guide.url, lastModified: guide.lastReviewed })),
    ...getNeeds().map((need) => ({ path: need.url, lastModified: need.lastReviewed })),
  ]
}

/** The live address comes from SITE_URL when deploying; site.yaml holds the default. */
export function getSiteUrl(): string {
  return (process.env.SITE_URL ?? site.siteUrl).replace(/\/$/, '')
}


export function getStandalonePages(): Page[] {
  return allPages.filter((page) => !OWN_ROUTE_PAGES.has(page.slug))
}
