import 'server-only'
import {
  getContact,
  getContactsByKey,
  getGuide,
  getGuides,
  getHub,
  getHubsByArea,
  getNeed,
  getNeeds,
  getService,
  groupByLevel,
  getServices,
  getTermDates,
  getTerms,
  hasOwnPage,
  type Service,
} from '@/lib/content'
import { getPlaceDetails } from '@/lib/content/place-details'
import { runText } from '@/lib/sessions/describe'
import { nextOfAll } from '@/lib/sessions/next-run'
import type { Words } from '@/lib/i18n/words'
import type { OpeningTime } from '@/lib/opening-times'
import type { ListItemRef, ListKind } from './address'

// What the list shows of each item, read from today's content: a list made last month shows
// today's numbers. Only facts the content states; nothing is made up for an item that lacks them.

export type ListContact = { name: string; phone?: string; email?: string }

export type ListEntry = ListItemRef & {
  name: string
  /** What it is for: the content's own one-sentence summary. */
  summary: string
  /** Its page on this site; a service with no text of its own has none. */
  url?: string
  /** The hub's address lines and postcode. */
  address?: { lines: readonly string[]; postcode: string }
  /** Its own phone and email, or who to contact about it, first the one to call. */
  contacts: ListContact[]
  openingTimes?: readonly OpeningTime[]
  closedDates?: readonly string[]
  /** How a family gets it, in words (services). */
  howToGet: string[]
  /** Where a service happens: each venue's name and address. */
  venues?: { name: string; address: string }[]
  /** When a service next runs, by date (a list is kept and printed, so never "on now"), and where; or "By appointment". */
  nextSession?: string
}

/** The label above an item on the list; a hub is what the council calls one (site.yaml's terms). */
export function kindLabel(words: Words, kind: ListKind): string {
  return { hub: getTerms().hub, service: words.t('list.kind.service'), need: words.t('list.kind.need'), guide: words.t('guide.kind') }[kind]
}

export function itemExists({ kind, slug }: ListItemRef): boolean {
  switch (kind) {
    case 'hub':
      return getHub(slug) !== undefined
    case 'service':
      return getService(slug) !== undefined
    case 'need':
      return getNeed(slug) !== undefined
    case 'guide':
      return getGuide(slug) !== undefined
  }
}

/** "Tuesday 8 December 2026, 9:30am to 11:30am, at North Exampleton Library"; "By appointment"; or nothing known. */
function nextSessionText(words: Words, service: Service, instant: Date): string | undefined {
  const sessions = service.sessions ?? []
  const next = nextOfAll(sessions, getTermDates(), instant)
  if (next) {
    const run = runText(words, { ...next, now: false })
    return next.session.venue ? words.t('list.runAt', { run, place: getPlaceDetails(next.session.venue).name }) : run
  }
  return sessions.some((session) => session.byAppointment) ? words.t('sessions.byAppointment') : undefined
}

const withDetails = (contact: ListContact) => contact.phone !== undefined || contact.email !== undefined

/** The entry for an item the list knows (itemExists), else undefined. */
export function listEntry(words: Words, item: ListItemRef): ListEntry | undefined {
  const { kind, slug } = item
  if (kind === 'hub') {
    const hub = getHub(slug)
    if (!hub) return undefined
    const contacts = [{ name: hub.name, phone: hub.phone, email: hub.email }, ...getContactsByKey(hub.contacts).filter(withDetails)]
    return { ...item, name: hub.name, summary: hub.summary, url: hub.url, address: { lines: hub.addressLines, postcode: hub.postcode }, contacts, openingTimes: hub.openingTimes, closedDates: hub.closedDates, howToGet: [] }
  }
  if (kind === 'service') {
    const service = getService(slug)
    if (!service) return undefined
    const own: ListContact[] = service.phone ?? service.email ? [{ name: service.name, phone: service.phone, email: service.email }] : []
    const contacts = [...own, ...getContactsByKey(service.contacts).filter(withDetails)]
    return {
      ...item,
      name: service.name,
      summary: service.summary,
      url: hasOwnPage(service) ? service.url : undefined,
      contacts,
      openingTimes: service.openingTimes,
      closedDates: service.closedDates,
      howToGet: service.access.map((route) => words.t(`access.${route}`)),
      venues: (service.venues ?? []).map((key) => {
        const place = getPlaceDetails(key)
        return { name: place.name, address: [...place.addressLines.filter((line) => line !== place.name), place.postcode].join(words.t('list.separator')) }
      }),
      nextSession: nextSessionText(words, service, new Date()),
    }
  }
  if (kind === 'need') {
    const need = getNeed(slug)
    if (!need) return undefined
    return { ...item, name: need.name, summary: need.summary, url: need.url, contacts: need.contacts.map(getContact).filter(withDetails), howToGet: [] }
  }
  const guide = getGuide(slug)
  if (!guide) return undefined
  return { ...item, name: guide.title, summary: guide.summary, url: guide.url, contacts: [], howToGet: [] }
}

export function listEntries(words: Words, items: readonly ListItemRef[]): ListEntry[] {
  return items.flatMap((item) => listEntry(words, item) ?? [])
}

/** The number to call about an entry: its first contact's phone, if any. */
export function firstPhone(entry: ListEntry): { phone: string; name: string } | undefined {
  const contact = entry.contacts.find((candidate) => candidate.phone !== undefined)
  return contact?.phone === undefined ? undefined : { phone: contact.phone, name: contact.name }
}

export type ChoiceGroup = { heading: string; choices: { item: ListItemRef; label: string }[] }
export type ChoiceSection = { kind: ListKind; legend: string; hint?: string; groups: ChoiceGroup[] }

/** Everything that can go on a list, for the add form: by kind, and within it by area or level. */
export function listChoices(words: Words): ChoiceSection[] {
  const sections: Record<ListKind, ChoiceSection> = {
    hub: {
      kind: 'hub',
      legend: getTerms().hubs,
      groups: getHubsByArea().map(({ label, hubs }) => ({ heading: label, choices: hubs.map((hub) => ({ item: { kind: 'hub', slug: hub.slug }, label: hub.name })) })),
    },
    need: {
      kind: 'need',
      legend: words.t('list.kind.need'),
      hint: words.t('list.needHint'),
      groups: [{ heading: '', choices: getNeeds().map((need) => ({ item: { kind: 'need', slug: need.slug }, label: need.name })) }],
    },
    service: {
      kind: 'service',
      legend: words.t('nav.services'),
      groups: groupByLevel(getServices())
        .filter(({ services }) => services.length > 0)
        .map(({ level, services }) => ({ heading: level.name, choices: services.map((service) => ({ item: { kind: 'service', slug: service.slug }, label: service.name })) })),
    },
    guide: {
      kind: 'guide',
      legend: words.t('noResults.guides'),
      groups: [{ heading: '', choices: getGuides().map((guide) => ({ item: { kind: 'guide', slug: guide.slug }, label: guide.title })) }],
    },
  }
  // Help with first: families and professionals start from what the family needs.
  return [sections.need, sections.hub, sections.service, sections.guide]
}
