import GithubSlugger from 'github-slugger'
import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import { CITYWIDE, DAYS, type Day } from '@/lib/content/enums'
import { EMAIL, isFullPostcode, isUkPhone, normalisePostcode } from '@/lib/content/formats'
import type { ContactData, HubFrontmatter, ServiceFrontmatter, SiteData } from '@/lib/content/schema'
import { DAY_CODES } from '../build'
import type { ImportedService, ImportedTerm } from './read-feed'

// One feed service to this site's content: a service file, its contacts and (when asked) a hub
// for each of its places, with everything that could not be carried over said in notes. Pure:
// the caller (plan.ts) gives file names, checks the files and writes them.

export type ImportContext = {
  site: Pick<SiteData, 'city' | 'areas' | 'roles'>
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
export type MappedHub = { name: string; slug: string; data: HubFrontmatter; body: string }

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
  /** What the importer could not carry over, in an editor's words. */
  notes: string[]
}

export type MapOutcome = { ok: true; service: MappedService } | { ok: false; name: string; reason: string }

const CODE_DAYS = new Map(DAYS.map((day) => [DAY_CODES[day], day]))
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
  notes.push(`ages ${from ?? '?'} to ${to ?? '?'}: this site needs both, whole years from 0 to ${AGE_LIMIT}, so the ages are left out ("ages not stated")`)
  return {}
}

function openingTimes(service: ImportedService, notes: string[]): ServiceFrontmatter['openingTimes'] {
  const byDay = new Map<Day, { day: Day; opens: string; closes: string }>()
  for (const schedule of service.schedules) {
    const opens = /^(\d{2}:\d{2})(:\d{2})?$/.exec(schedule.opens_at ?? '')?.[1]
    const closes = /^(\d{2}:\d{2})(:\d{2})?$/.exec(schedule.closes_at ?? '')?.[1]
    const days = (schedule.byday ?? '').split(',').map((code) => CODE_DAYS.get(code.trim().toUpperCase()))
    if ((schedule.freq !== undefined && schedule.freq !== 'WEEKLY') || !opens || !closes || opens >= closes || days.length === 0 || days.some((day) => day === undefined)) {
      notes.push(`schedule ${[schedule.freq, schedule.byday, schedule.opens_at, schedule.closes_at].filter(Boolean).join(' ') || '(empty)'}: only weekly opening hours on named days fit: left out`)
      continue
    }
    for (const day of days) {
      if (day === undefined) continue
      if (byDay.has(day)) notes.push(`schedule: a second opening on ${day} (${opens} to ${closes}): one entry per day fits, kept the first`)
      else byDay.set(day, { day, opens, closes })
    }
  }
  const times = DAYS.flatMap((day) => byDay.get(day) ?? [])
  return times.length > 0 ? times : undefined
}

function areasOf(service: ImportedService, context: ImportContext, notes: string[]): string[] {
  const keys = new Set<string>()
  for (const area of service.service_areas) {
    const name = area.name ?? area.service_area
    if (!name) continue
    if (name.toLowerCase() === `all of ${context.site.city}`.toLowerCase() || name.toLowerCase() === context.site.city.toLowerCase()) keys.add(CITYWIDE)
    else {
      const match = context.site.areas.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase() || candidate.key === name.toLowerCase())
      if (match) keys.add(match.key)
      else notes.push(`service area "${oneLine(name).slice(0, 80)}" is not one of site.yaml's areas`)
    }
  }
  if (keys.size === 0) {
    if (service.service_areas.length > 0) notes.push(`areas: set to ${CITYWIDE} (the whole of ${context.site.city}): check it`)
    return [CITYWIDE]
  }
  return keys.has(CITYWIDE) ? [CITYWIDE] : [...keys]
}

function termsOf(service: ImportedService): ImportedTerm[] {
  return [...service.attributes.flatMap((attribute) => (attribute.taxonomy_term ? [attribute.taxonomy_term] : [])), ...service.taxonomy_terms]
}

/** The service's level and needs, from the taxonomy terms that name the folder's own (by key or name). */
function classify(service: ImportedService, context: ImportContext, notes: string[]): { level: string; needs: string[] } {
  let level: string | undefined
  const needs: string[] = []
  const same = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase()
  for (const term of termsOf(service)) {
    const asLevel = context.levels.find((candidate) => candidate.key === term.code || same(term.name, candidate.name))
    const asNeed = context.needs.find((candidate) => candidate.slug === term.code || same(term.name, candidate.name))
    if (asLevel) {
      if (level === undefined) level = asLevel.key
      else if (level !== asLevel.key) notes.push(`taxonomy term "${term.name ?? term.code}": a second level of help, kept ${level}`)
    } else if (asNeed) {
      if (!needs.includes(asNeed.slug)) needs.push(asNeed.slug)
    } else {
      notes.push(`taxonomy term "${term.name ?? term.code ?? term.id}"${term.taxonomy ? ` (${term.taxonomy})` : ''} names none of this folder's levels of help or needs`)
    }
  }
  if (level === undefined) notes.push(`level: none of its terms names a level of help here, so ${context.defaultLevel}: check it`)
  return { level: level ?? context.defaultLevel, needs }
}

function contactsOf(service: ImportedService, name: string, notes: string[]): MappedContact[] {
  return service.contacts.flatMap((contact, index) => {
    const what = `contact "${contact.name ?? index + 1}":`
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

function hubsOf(service: ImportedService, data: MappedService['data'], body: string, context: ImportContext, notes: string[]): MappedHub[] {
  return service.service_at_locations.flatMap(({ location }, index) => {
    if (!location) return []
    const label = `location "${location.name ?? index + 1}"`
    const [address] = location.addresses
    const postcode = normalisePostcode(address?.postal_code ?? '')
    const missing = [
      !address?.address_1 && 'an address',
      !(postcode && isFullPostcode(postcode)) && 'a full UK postcode',
      (location.latitude === undefined || location.longitude === undefined) && 'a map position',
      !data.phone && 'a UK phone number',
      !data.email && 'an email address',
      (data.ageFrom === undefined || data.ageTo === undefined) && 'ages',
    ].filter((item): item is string => typeof item === 'string')
    // The service's own area when it names one of site.yaml's, else the first.
    const area = context.site.areas.find((candidate) => data.areas.includes(candidate.key)) ?? context.site.areas[0]
    const roles = (context.site.roles ?? []).map((candidate) => candidate.key)
    if (missing.length > 0 || !address?.address_1 || !postcode || location.latitude === undefined || location.longitude === undefined || !data.phone || !data.email || data.ageFrom === undefined || data.ageTo === undefined || !area || roles.length === 0) {
      notes.push(`${label}: not made a hub, it needs ${missing.join(', ') || 'an area and a role in site.yaml'}`)
      return []
    }
    const lines = [address.address_1, address.address_2, address.city].filter((line): line is string => Boolean(line)).flatMap((line) => oneLine(line).split(/,\s*/))
    notes.push(`${label}: made a hub in area ${area.key}, its team every role in site.yaml and its map position marked approximate (the feed does not say): check them`)
    const name = location.name ? oneLine(location.name) : data.name
    // The help given at a place of its own name (as this site publishes hubs) is told by the service's text.
    const same = name === data.name
    const hubPage = same && service.url ? /\/family-hubs\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(service.url)?.[1] : undefined
    return [
      {
        name,
        slug: hubPage ?? slugFor(name),
        body: same && body ? body : location.description && !same ? location.description : `## What the hub offers\n\n${data.summary}`,
        data: {
          name,
          summary: same || !location.description ? data.summary : oneLine(location.description),
          addressLines: lines,
          postcode,
          area: area.key,
          latitude: location.latitude,
          longitude: location.longitude,
          coordinatesApproximate: true,
          phone: data.phone,
          email: data.email,
          ageFrom: data.ageFrom,
          ageTo: data.ageTo,
          team: roles,
          ...(data.openingTimes ? { openingTimes: data.openingTimes } : {}),
          lastReviewed: data.lastReviewed,
        },
      },
    ]
  })
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
  const times = openingTimes(service, notes)
  const serviceEmail = email(service.email, 'service', notes)
  const { level, needs } = classify(service, context, notes)
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
    ...(times ? { openingTimes: times } : {}),
    areas: areasOf(service, context, notes),
    lastReviewed: lastModified ?? context.today,
  }
  const pagePath = url ? /\/services\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(new URL(url).pathname)?.[1] : undefined
  const hubs = context.hubs ? hubsOf(service, data, body, context, notes) : []
  if (!context.hubs && service.service_at_locations.length > 0) notes.push(`${service.service_at_locations.length} location(s): not imported (add --hubs to make hubs of them)`)
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
  }
  // Without a contact, the service needs a page of its own to be listed at all: its summary.
  const fallbackBody = unreachable && !organisation ? summary : ''
  const text = body.trim() === '' ? fallbackBody : body
  return { ok: true, service: { sourceId: service.id, name, slug: pagePath ?? slugFor(name), data, contacts, needs, body: text, fallbackBody, hubs, notes } }
}

function organisationContact(service: ImportedService, notes: string[]): MappedContact | undefined {
  const organisation = service.organization
  if (!organisation?.name) return undefined
  const address = email(organisation.email, `organisation "${organisation.name}"`, notes)
  const website = https(organisation.website)
  if (!address && !website) return undefined
  return { data: { name: oneLine(organisation.name), description: organisation.description ? oneLine(organisation.description) : `The organisation that runs ${oneLine(service.name ?? '')}.`, audience: 'both', ...(address ? { email: address } : {}), ...(website ? { website } : {}) } }
}
