import { describe, expect, it } from 'vitest'
import { ageBandsFrom, canonicalQuery, countFilteredPages, filterSegment, findServices, parseServiceQuery, segmentQuery, type Filterable } from '@/lib/content/filters'
import { BSL, finderOffers, NO_OFFERS, runsAt } from '@/lib/content/finder-facets'

// The finder's filters that read what services say about themselves: cost, how families take
// part, languages and when they run. Each only claims what the content states.

// Cost as the content may give it without saying free (the filter reads only free).
const aNote = { note: 'A small charge for the trip.' }
const base = { audience: 'families', level: 'universal', access: ['self-referral'] } as const

const stayAndPlay: Filterable = {
  ...base,
  slug: 'stay-and-play',
  cost: { free: true },
  venues: ['riverside'],
  languages: ['pl', 'ur'],
  sessions: [
    { venue: 'riverside', days: ['monday'], opens: '09:30', closes: '11:30' },
    { venue: 'riverside', days: ['saturday'], opens: '10:00', closes: '12:00' },
  ],
}
const course: Filterable = {
  ...base,
  slug: 'parenting-course',
  cost: aNote,
  attending: ['in-person', 'online'],
  venues: ['library'],
  britishSignLanguage: true,
  sessions: [{ venue: 'library', days: ['wednesday'], opens: '18:00', closes: '20:00' }],
}
const helpline: Filterable = {
  ...base,
  slug: 'helpline',
  attending: ['phone'],
  openingTimes: [{ day: 'friday', opens: '09:00', closes: '17:00' }],
}
const byAppointment: Filterable = { ...base, slug: 'advice', attending: ['in-person'], venues: ['riverside'], sessions: [{ venue: 'riverside', byAppointment: true }] }
const unstated: Filterable = { ...base, slug: 'unstated' }
const ALL = [stayAndPlay, course, helpline, byAppointment, unstated]

const BANDS = ageBandsFrom([{ from: 0, to: 4 }])
const offers = finderOffers(ALL)
const VOCABULARY = { needs: [], levels: ['universal'], ageBands: BANDS, offers }
const slugs = (filter: Parameters<typeof findServices>[1]) => findServices(ALL, filter, () => [], BANDS).matches.map((service) => service.slug)

describe('the finder offers only what some service can match', () => {
  it('lists the values the content has, languages by English name and BSL last', () => {
    expect(offers).toEqual({ free: true, attending: ['in-person', 'online', 'phone'], languages: ['pl', 'ur', BSL], when: ['weekends', 'evenings'] })
  })
  it('offers nothing for content that states none of it (a council without costs sees no "Free")', () => {
    const withNote: Filterable = { ...unstated, slug: 'other', cost: aNote }
    expect(finderOffers([unstated, withNote])).toEqual(NO_OFFERS)
  })
  it('refuses a value no service can match, with a message, as it does an unknown one', () => {
    const none = parseServiceQuery({ cost: 'free', attending: 'online', language: 'pl', when: 'weekends' }, { ...VOCABULARY, offers: NO_OFFERS })
    expect(none.filter).toEqual({})
    expect(none.errors.map((error) => error.field)).toEqual(['cost', 'attending', 'language', 'when'])
    const unknown = parseServiceQuery({ cost: 'cheap', attending: 'post', language: 'klingon', when: 'midnight' }, VOCABULARY)
    expect(unknown.errors.map((error) => error.message)).toEqual([
      'Choose "Free only" or leave it unticked',
      'Choose how you want to take part from the list',
      'Choose a language from the list',
      'Choose a time from the list',
    ])
  })
})

describe('filtering by what services say about themselves', () => {
  it('free means the content says free: a note about cost or no cost at all is not free', () => {
    expect(slugs({ cost: 'free' })).toEqual(['stay-and-play'])
  })
  it('how families take part: as stated, and in person for a service with venues that does not say', () => {
    expect(slugs({ attending: 'in-person' })).toEqual(['stay-and-play', 'parenting-course', 'advice'])
    expect(slugs({ attending: 'online' })).toEqual(['parenting-course'])
    expect(slugs({ attending: 'phone' })).toEqual(['helpline'])
  })
  it('a language by its code, and British Sign Language', () => {
    expect(slugs({ language: 'ur' })).toEqual(['stay-and-play'])
    expect(slugs({ language: BSL })).toEqual(['parenting-course'])
  })
  it('weekends from session days; evenings from anything ending after 17:00', () => {
    expect(slugs({ when: 'weekends' })).toEqual(['stay-and-play'])
    expect(slugs({ when: 'evenings' })).toEqual(['parenting-course'])
    // Closing at 17:00 exactly is the working day, not the evening.
    expect(runsAt(helpline, 'evenings')).toBe(false)
    expect(runsAt({ openingTimes: [{ day: 'sunday', opens: '16:00', closes: '17:30' }] }, 'evenings')).toBe(true)
    expect(runsAt({ openingTimes: [{ day: 'sunday', opens: '16:00', closes: '17:30' }] }, 'weekends')).toBe(true)
  })
  it('by appointment has no fixed times, so it is never claimed for weekends or evenings', () => {
    expect(runsAt(byAppointment, 'weekends')).toBe(false)
    expect(runsAt(byAppointment, 'evenings')).toBe(false)
  })
  it('combines with each other and the older filters', () => {
    expect(slugs({ cost: 'free', language: 'pl', when: 'weekends', attending: 'in-person', level: 'universal' })).toEqual(['stay-and-play'])
    expect(slugs({ cost: 'free', when: 'evenings' })).toEqual([])
  })
})

describe('the address of a filtered list', () => {
  it('is one canonical order, round-tripped through the cached page segment', () => {
    const { filter, errors } = parseServiceQuery({ when: 'evenings', language: 'UR', cost: 'free', attending: 'in-person', age: '0-4' }, VOCABULARY)
    expect(errors).toEqual([])
    expect(canonicalQuery(filter)).toBe('age=0-4&cost=free&attending=in-person&language=ur&when=evenings')
    const segment = filterSegment(filter)
    expect(parseServiceQuery(segmentQuery(segment), VOCABULARY)).toEqual({ filter, errors: [] })
  })
})

describe('the bound on cached filtered lists', () => {
  it('is the product of each filter\'s values, plus unset and the one "invalid" mark, less /services itself', () => {
    // age 1, need 0, level 1, access 2, audience 2, cost 1, attending 3, language 3, when 2
    expect(countFilteredPages(VOCABULARY)).toBe(3 * 2 * 3 * 4 * 4 * 3 * 5 * 5 * 4 - 1)
    // With no facts stated, each new filter still has its "invalid" page: twice as many per filter.
    expect(countFilteredPages({ ...VOCABULARY, offers: NO_OFFERS })).toBe(3 * 2 * 3 * 4 * 4 * 2 * 2 * 2 * 2 - 1)
  })
})
