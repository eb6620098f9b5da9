import GithubSlugger from 'github-slugger'
import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import { CITYWIDE, DAYS, type Attending } from '@/lib/content/enums'
import { EMAIL, isUkPhone } from '@/lib/content/formats'
import { serviceSchema, type ContactData, type HubFrontmatter, type ServiceFrontmatter, type SiteData, type VenueFrontmatter } from '@/lib/content/schema'
import { readAccessibility } from '../fields/accessibility'
import { readAddress } from '../fields/address'
import { attendingType, isOwnAttendingType, readAttendingType } from '../fields/attending'
import { readCost } from '../fields/cost'
import { isInterpretersTerm, readLanguages } from '../fields/languages'
import { readSchedule, type OpeningTime, type Session } from '../fields/schedules'
import type { ImportedService, ImportedTerm } from './read-feed'

// One feed service to this site's content: a service file, its contacts and (when asked) a hub
// for each of its places, with everything that could not be carried over said in notes. Pure:
// the caller (plan.ts) gives file names, checks the files and writes them.

export type ImportContext = {
  site: Pick<SiteData, 'city' | 'areas' | 'roles' | 'termDates' | 'organisationName'>
  levels: readonly { key: string; name: string }[]
  /** The folder's needs (file name and name): a service's terms that name one add it to that need. */
  needs: readonly { slug: string; name: string }[]
  /** The level a service gets when none of its taxonomy terms names one of the folder's levels. */
  defaultLevel: string
  /** YYYY-MM-DD: lastReviewed for a service the feed gives no last_modified for. */
  today: string
  hubs: boolean
}

export type MappedContact = { data: ContactData }
/**
 * A hub or venue made from one of the feed's places. `ref` is the place's location id (or, without
 * one, a name of its own): the service's venues and sessions name places by ref until plan.ts
 * has given each its file name, and two services at the same place share one file.
 */
export type MappedHub = { ref: string; name: string; slug: string; data: HubFrontmatter; body: string }
export type MappedVenue = { ref: string; name: string; slug: string; data: VenueFrontmatter; body: string }

export type MappedService = {
  sourceId?: string
  name: string
  /** The file name the feed suggests (its page's address, else its name). */
  slug: string
  data: Omit<ServiceFrontmatter, 'contacts'>
  contacts: MappedContact[]
  /** The page text to use if the check refuses `body`: the summary for a service that needs a page to say how to reach it, else none. */
  fallbackBody: string
  /** The folder's needs whose lists this service joins (file names in needs/). */
  needs: string[]
  body: string
  hubs: MappedHub[]
  venues: MappedVenue[]
  /** What the importer could not carry over, in an editor's words. */
  notes: string[]
}

export type MapOutcome = { ok: true; service: MappedService } | { ok: false; name: string; reason: string }

const AGE_LIMIT = 25

/** A phone number written the site's way (0113 535 0185), or undefined if it is not a UK number. */
export function ukPhone(value: string | undefined): string | undefined {
  if (!value) return undefined
  if (isUkPhone(value)) return value
  const parsed = parsePhoneNumberFromString(value, 'GB')
  if (!parsed || parsed.country !== 'GB' || !parsed.isValid()) return undefined
  const national = parsed.formatNational()
  return isUkPhone(national) ? national : undefined
}

export function slugFor(value: string): string {
  return new GithubSlugger().slug(value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')).replace(/[^a-z0-9-]/g, '').replace(/-+/g, '-').replace(/^-|-$/g, '') || 'service'
}

const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim()

/**
 * The summary and the page text from a description: the site's own feed publishes the summary,
 * a blank line, then the page's text; other feeds a paragraph or more. A short single paragraph is
 * the summary alone (a service without a page of its own); a long one gives its first sentence.
 */
export function splitDescription(description: string | undefined, name: string): { summary: string; body: string } {
  const paragraphs = (description ?? '').replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean)
  const [first, ...rest] = paragraphs
  if (first === undefined) return { summary: name, body: '' }
  if (rest.length > 0) return { summary: oneLine(first), body: rest.join('\n\n') }
  if (first.length <= 300) return { summary: oneLine(first), body: '' }
  const sentence = /^.+?[.!?](?=\s|$)/s.exec(first)?.[0]
  return { summary: oneLine(sentence ?? first.slice(0, 300)), body: first }
}

function https(value: string | undefined): string | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value)
    return url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

function email(value: string | undefined, what: string, notes: string[]): string | undefined {
  if (!value) return undefined
  if (EMAIL.test(value)) return value
  notes.push(`${what} email "${value}" is not an email address: left out`)
  return undefined
}

function phoneOf(numbers: readonly { number?: string }[], what: string, notes: string[]): string | undefined {
  let found: string | undefined
  for (const { number } of numbers) {
    if (!number) continue
    const phone = ukPhone(number)
    if (!phone) notes.push(`${what} phone "${number}" is not a valid UK number: left out`)
    else if (found === undefined) found = phone
    else if (phone !== found) notes.push(`${what} phone ${phone}: only one number fits (kept ${found})`)
  }
  return found
}

function ages(service: ImportedService, notes: string[]): { ageFrom?: number; ageTo?: number } {
  const { minimum_age: from, maximum_age: to } = service
  if (from === undefined && to === undefined) return {}
  const fits = (age: number | undefined) => age !== undefined && Number.isInteger(age) && age >= 0 && age <= AGE_LIMIT
  if (fits(from) && fits(to) && from !== undefined && to !== undefined && from <= to) return { ageFrom: from, ageTo: to }
  notes.push(`minimum_age, maximum_age: ages ${from ?? '?'} to ${to ?? '?'}: this site needs both, whole years from 0 to ${AGE_LIMIT}, so the ages are left out ("ages not stated")`)
  return {}
}

const sessionSchema = serviceSchema.shape.sessions.unwrap().element
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

/** The schedules as opening times and sessions (at the places `placeRefs` gives by service_at_location id), and how families take part. */
function schedulesOf(service: ImportedService, placeRefs: ReadonlyMap<string, string>, context: ImportContext, notes: string[]): Pick<ServiceFrontmatter, 'openingTimes' | 'sessions' | 'attending'> {
  const times: OpeningTime[] = []
  const sessions: Session[] = []
  const attending = new Set<Attending>()
  service.schedules.forEach((schedule, index) => {
    const what = `schedules[${index}]`
    if (schedule.attending_type) {
      const ways = readAttendingType(schedule.attending_type)
      for (const way of ways) attending.add(way)
      if (!isOwnAttendingType(schedule.attending_type)) notes.push(`${what}.attending_type "${oneLine(schedule.attending_type).slice(0, 120)}": read as ${ways.length > 0 ? attendingType(ways) : 'nothing this site knows'}: check attending`)
    }
    const reading = readSchedule(schedule)
    if (reading.kind === 'none') return
    if (reading.kind === 'unfit') {
      notes.push(`${what} ${[schedule.freq, schedule.byday, schedule.opens_at, schedule.closes_at].filter(Boolean).join(' ')}: ${reading.reason}: left out`.replace(/ {2,}/g, ' '))
      return
    }
    if (reading.kind === 'opening') {
      times.push(...reading.times)
      return
    }
    let session: Session = reading.session
    for (const unused of reading.ignored ?? []) notes.push(`${what}.${unused}`)
    if (reading.leftOver) notes.push(`${what}.description "${oneLine(reading.leftOver).slice(0, 120)}": not carried over (the session's note is its notes)`)
    const venue = schedule.service_at_location_id ? placeRefs.get(schedule.service_at_location_id) : undefined
    if (venue) session = { venue, ...session }
    else if (schedule.service_at_location_id) notes.push(`${what}: its place was not imported, so the session has no venue`)
    if (session.period && !context.site.termDates) {
      notes.push(`${what}: ${session.period} needs the school terms in site.yaml termDates: period left out`)
      session = { ...session }
      delete session.period
    }
    const checked = sessionSchema.safeParse(session)
    if (!checked.success) notes.push(`${what}: ${checked.error.issues[0]?.path.join('.') ?? ''} ${checked.error.issues[0]?.message ?? 'does not fit'}: left out`)
    else sessions.push(checked.data)
  })
  // Several spans of a day fit, one after the other; one that overlaps another does not.
  const sorted = times.sort((a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || a.opens.localeCompare(b.opens))
  const kept = sorted.filter((time, index) => {
    const clash = sorted.slice(0, index).find((other) => other.day === time.day && minutes(other.opens) < minutes(time.closes) && minutes(time.opens) < minutes(other.closes))
    if (clash) notes.push(`schedule: ${time.day} ${time.opens} to ${time.closes} overlaps ${clash.opens} to ${clash.closes}: kept the first`)
    return !clash
  })
  return {
    ...(kept.length > 0 ? { openingTimes: kept } : {}),
    ...(sessions.length > 0 ? { sessions } : {}),
    ...(attending.size > 0 ? { attending: [...attending] } : {}),
  }
}

function areasOf(service: ImportedService, context: ImportContext, notes: string[]): string[] {
  const keys = new Set<string>()
  for (const [index, area] of service.service_areas.entries()) {
    const name = area.name ?? area.service_area
    if (!name) continue
    if (name.toLowerCase() === `all of ${context.site.city}`.toLowerCase() || name.toLowerCase() === context.site.city.toLowerCase()) keys.add(CITYWIDE)
    else {
      const match = context.site.areas.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase() || candidate.key === name.toLowerCase())
      if (match) keys.add(match.key)
      else notes.push(`service_areas[${index}] "${oneLine(name).slice(0, 80)}": not one of site.yaml's areas`)
    }
  }
  if (keys.size === 0) {
    if (service.service_areas.length > 0) notes.push(`areas: set to ${CITYWIDE} (the whole of ${context.site.city}): check it`)
    return [CITYWIDE]
  }
  return keys.has(CITYWIDE) ? [CITYWIDE] : [...keys]
}

/** The service's terms, each with the field it came from. */
function termsOf(service: ImportedService): { field: string; term: ImportedTerm }[] {
  return [
    ...service.attributes.flatMap((attribute, index) => (attribute.taxonomy_term ? [{ field: `attributes[${index}].taxonomy_term`, term: attribute.taxonomy_term }] : [])),
    ...service.taxonomy_terms.map((term, index) => ({ field: `taxonomy_terms[${index}]`, term })),
  ]
}

/** The service's level and needs, from the taxonomy terms that name the folder's own (by key or name). */
function classify(service: ImportedService, context: ImportContext, notes: string[]): { level: string; needs: string[]; interpreters: boolean } {
  let level: string | undefined
  let interpreters = false
  const needs: string[] = []
  const same = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase()
  for (const { field, term: found } of termsOf(service)) {
    const term = { ...found, name: found.name ?? found.term }
    if (isInterpretersTerm(term)) {
      interpreters = true
      continue
    }
    const asLevel = context.levels.find((candidate) => candidate.key === term.code || same(term.name, candidate.name))
    const asNeed = context.needs.find((candidate) => candidate.slug === term.code || same(term.name, candidate.name))
    if (asLevel) {
      if (level === undefined) level = asLevel.key
      else if (level !== asLevel.key) notes.push(`${field} "${term.name ?? term.code}": a second level of help, kept ${level}`)
    } else if (asNeed) {
      if (!needs.includes(asNeed.slug)) needs.push(asNeed.slug)
    } else {
      notes.push(`${field} "${term.name ?? term.code ?? term.id}"${term.taxonomy ? ` (${term.taxonomy})` : ''}: names none of this folder's levels of help or needs`)
    }
  }
  if (level === undefined) notes.push(`level: none of its terms names a level of help here, so ${context.defaultLevel}: check it`)
  return { level: level ?? context.defaultLevel, needs, interpreters }
}

function contactsOf(service: ImportedService, name: string, notes: string[]): MappedContact[] {
  return service.contacts.flatMap((contact, index) => {
    const what = `contacts[${index}] "${contact.name ?? index + 1}":`
    const phone = phoneOf(contact.phones, what, notes)
    const address = email(contact.email, what, notes)
    if (!phone && !address) {
      notes.push(`${what} has no UK phone number or email address: left out`)
      return []
    }
    const description = contact.title ?? contact.phones.find((entry) => entry.description)?.description ?? `Contact for ${name}.`
    return [{ data: { name: oneLine(contact.name ?? name), description: oneLine(description), audience: 'both' as const, ...(phone ? { phone } : {}), ...(address ? { email: address } : {}) } }]
  })
}

type Places = { hubs: MappedHub[]; venues: MappedVenue[]; /** Each service_at_location id's place (its ref). */ refs: Map<string, string> }

/**
 * The service's places: with --hubs, the help given at a place of its own name (as this site
 * publishes hubs) is that hub; every other place with an address, a UK postcode and a map
 * position is a venue.
 */
function placesOf(service: ImportedService, data: MappedService['data'], body: string, context: ImportContext, notes: string[]): Places {
  const places: Places = { hubs: [], venues: [], refs: new Map() }
  service.service_at_locations.forEach(({ id: serviceAtLocationId, location }, index) => {
    if (!location) return
    const label = `service_at_locations[${index}].location "${location.name ?? index + 1}"`
    if (location.location_type && location.location_type !== 'physical') {
      notes.push(`${label}: a ${location.location_type} location, not a place families go to: left out`)
      return
    }
    const address = readAddress(location.addresses.find((candidate) => candidate.address_type !== 'postal') ?? location.addresses[0])
    const missing = [...('missing' in address ? address.missing : []), ...(location.latitude === undefined || location.longitude === undefined ? ['a map position'] : [])]
    const ref = location.id ?? `${service.id ?? data.name}#${index + 1}`
    if ('missing' in address || location.latitude === undefined || location.longitude === undefined) {
      notes.push(`${label}: not made a venue, it needs ${missing.join(', ')}`)
      return
    }
    if (serviceAtLocationId) places.refs.set(serviceAtLocationId, ref)
    const name = location.name ? oneLine(location.name) : data.name
    const access = readAccessibility(location.accessibility)
    const where = { ...address, latitude: location.latitude, longitude: location.longitude, coordinatesApproximate: true }
    // The help given at a place of its own name (as this site publishes hubs) is told by the service's text.
    const same = name === data.name
    const summary = same || !location.description ? data.summary : oneLine(location.description)
    if (context.hubs && same) {
      const area = context.site.areas.find((candidate) => data.areas.includes(candidate.key)) ?? context.site.areas[0]
      const roles = (context.site.roles ?? []).map((candidate) => candidate.key)
      const needs = [!data.phone && 'a UK phone number', !data.email && 'an email address', (data.ageFrom === undefined || data.ageTo === undefined) && 'ages', !area && 'an area in site.yaml', roles.length === 0 && 'a role in site.yaml'].filter((item): item is string => typeof item === 'string')
      if (needs.length === 0 && area && data.phone && data.email && data.ageFrom !== undefined && data.ageTo !== undefined) {
        notes.push(`${label}: made a hub in area ${area.key}, its team every role in site.yaml and its map position marked approximate (the feed does not say): check them`)
        const hubPage = service.url ? /\/family-hubs\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(service.url)?.[1] : undefined
        places.hubs.push({
          ref,
          name,
          slug: hubPage ?? slugFor(name),
          body: body || `## What the hub offers\n\n${data.summary}`,
          data: { name, summary, ...where, area: area.key, phone: data.phone, email: data.email, ageFrom: data.ageFrom, ageTo: data.ageTo, team: roles, ...access, lastReviewed: data.lastReviewed },
        })
        return
      }
      notes.push(`${label}: not made a hub, it needs ${needs.join(', ')}: made a venue instead`)
    }
    places.venues.push({ ref, name, slug: slugFor(name), body: summary, data: { name, summary, ...where, ...access, lastReviewed: data.lastReviewed } })
  })
  return places
}

export function mapService(service: ImportedService, context: ImportContext): MapOutcome {
  const label = service.name ?? (service.id ? `the service with id ${service.id}` : 'a service without a name or id')
  if (!service.name) return { ok: false, name: label, reason: 'has no name: a service needs one' }
  const name = oneLine(service.name)
  const notes: string[] = []
  if (service.status && service.status !== 'active') notes.push(`status is "${service.status}": imported anyway, check whether to publish it`)
  const { summary, body } = splitDescription(service.description, name)
  const ownSite = https(service.organization?.website)
  const url = https(service.url)
  const sameSite = url !== undefined && ownSite !== undefined && new URL(url).origin === new URL(ownSite).origin
  if (service.url && !url) notes.push(`url "${service.url}" is not an https address: left out`)
  const phone = phoneOf(service.phones, 'service', notes)
  const fromContacts = phone ?? phoneOf(service.contacts.flatMap((contact) => contact.phones).slice(0, 1), 'service', [])
  const lastModified = service.last_modified && /^\d{4}-\d{2}-\d{2}/.test(service.last_modified) ? service.last_modified.slice(0, 10) : undefined
  if (!lastModified) notes.push(`no last_modified date: lastReviewed set to the day of the import (${context.today})`)
  const serviceEmail = email(service.email, 'service', notes)
  const { level, needs, interpreters } = classify(service, context, notes)
  const languages = readLanguages(service.languages)
  notes.push(...languages.notes)
  const fees = service.fees_description ?? service.fees
  if (service.fees_description && service.fees && oneLine(service.fees) !== oneLine(service.fees_description)) notes.push(`fees "${oneLine(service.fees).slice(0, 120)}": only fees_description is kept`)
  const cost = readCost(service.cost_options, fees)
  notes.push(...cost.notes)
  const data: MappedService['data'] = {
    name,
    summary,
    level,
    audience: 'both',
    ...ages(service, notes),
    access: [fromContacts ? 'phone' : 'self-referral'],
    ...(phone ? { phone } : {}),
    ...(serviceEmail ? { email: serviceEmail } : {}),
    ...(url && !sameSite ? { website: url } : {}),
    areas: areasOf(service, context, notes),
    lastReviewed: lastModified ?? context.today,
  }
  const pagePath = url ? /\/services\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(new URL(url).pathname)?.[1] : undefined
  const { hubs, venues, refs } = placesOf(service, data, body, context, notes)
  const { openingTimes, sessions, attending } = schedulesOf(service, refs, context, notes)
  const placeRefs = [...new Set([...hubs, ...venues].map((place) => place.ref))]
  // A service at a place is met in person, whatever its schedules say.
  const ways = attending && placeRefs.length > 0 && !attending.includes('in-person') ? (notes.push('attending: in-person added, as the service has places'), ['in-person' as const, ...attending]) : attending
  Object.assign(data, {
    ...(ways ? { attending: ways } : {}),
    ...(placeRefs.length > 0 ? { venues: placeRefs } : {}),
    ...(sessions ? { sessions } : {}),
    ...(cost.cost ? { cost: cost.cost } : {}),
    ...(languages.languages ? { languages: languages.languages } : {}),
    ...(languages.britishSignLanguage ? { britishSignLanguage: true } : {}),
    ...(interpreters ? { interpreters: true } : {}),
    ...(openingTimes ? { openingTimes } : {}),
  })
  // A hub's opening times are those of the help given there (its own schedules).
  for (const hub of hubs) if (openingTimes) hub.data.openingTimes = openingTimes
  // The help given at one hub of its own name is that hub (plan.ts writes no service file): its level does not apply.
  if (hubs.length === 1 && hubs[0]?.name === name) notes.splice(0, notes.length, ...notes.filter((note) => !note.startsWith('level:')))
  const contacts = contactsOf(service, name, notes)
  // A service with no page text and no way to reach it of its own is listed with its
  // organisation's details (the check asks such a listing to say who to ask).
  const unreachable = contacts.length === 0 && !data.phone && !data.email && !data.website
  const organisation = body.trim() === '' && unreachable ? organisationContact(service, notes) : undefined
  if (organisation) {
    contacts.push(organisation)
    notes.push(`contacts: none of its own, so its organisation (${organisation.data.name}) is given: check it`)
  } else if (service.organization?.name && service.organization.name.toLowerCase() !== context.site.organisationName.toLowerCase()) {
    // The council's own services need no line; another organisation's name is not kept.
    notes.push(`organization "${oneLine(service.organization.name)}": who runs the service is not kept (say it in the page text if it matters)`)
  }
  // Without a contact, the service needs a page of its own to be listed at all: its summary.
  const fallbackBody = unreachable && !organisation ? summary : ''
  const text = body.trim() === '' ? fallbackBody : body
  return { ok: true, service: { sourceId: service.id, name, slug: pagePath ?? slugFor(name), data, contacts, needs, body: text, fallbackBody, hubs, venues, notes } }
}

function organisationContact(service: ImportedService, notes: string[]): MappedContact | undefined {
  const organisation = service.organization
  if (!organisation?.name) return undefined
  const address = email(organisation.email, `organisation "${organisation.name}"`, notes)
  const website = https(organisation.website)
  if (!address && !website) return undefined
  return { data: { name: oneLine(organisation.name), description: organisation.description ? oneLine(organisation.description) : `The organisation that runs ${oneLine(service.name ?? '')}.`, audience: 'both', ...(address ? { email: address } : {}), ...(website ? { website } : {}) } }
}
