import { ENGLISH_WORDS as words } from '@/tests/support/words'
import { describe, expect, it } from 'vitest'
import { MAX_LIST_ITEMS, listPath, listQuery, parseList, withoutItem, type ListItemRef } from '@/lib/list/address'
import { itemExists } from '@/lib/list/items'
import { MAX_QUERY_LENGTH, MAX_QUERY_PARAMETERS } from '@/lib/security/request-target'
import { getGuides, getHubs, getNeeds, getServices } from '@/lib/content'
import { SMS_MAX_CHARACTERS, emailBody, mailtoHref, smsBody, smsHref } from '@/lib/list/take-away'

/** What Leeds calls a hub: the notes use the council's own word. */
const HUB = { words, aHub: 'a Family Hub' }

const known = (item: ListItemRef) => ['armley', 'family-hubs', 'safe-project', 'send'].includes(item.slug)

describe('a list in its address', () => {
  it('reads comma-separated and repeated parameters alike, hubs first, in address order within a kind', () => {
    const list = parseList({ s: ['safe-project', 'family-hubs'], h: 'armley', n: 'send' }, known, HUB)
    expect(list.items).toEqual([
      { kind: 'hub', slug: 'armley' },
      { kind: 'service', slug: 'safe-project' },
      { kind: 'service', slug: 'family-hubs' },
      { kind: 'need', slug: 'send' },
    ])
    expect(listQuery(list.items)).toBe('h=armley&s=safe-project,family-hubs&n=send')
    expect(parseList({ h: 'armley', s: 'safe-project,family-hubs', n: 'send' }, known, HUB).items).toEqual(list.items)
    expect(list.notes).toEqual([])
  })

  it('drops unknown, malformed and repeated names and unknown parameters, each with a short note', () => {
    const list = parseList({ h: 'armley,armley,nowhere,armley', s: '<script>', utm: 'x' }, known, HUB)
    expect(list.items).toEqual([{ kind: 'hub', slug: 'armley' }])
    expect(list.notes).toEqual([
      'The address part “utm” is not part of a list, so it was ignored.',
      '“armley” was named more than once; it is on the list once.',
      '“nowhere” is not a Family Hub on this site, so it was left off.',
      '“<script>” is not a service on this site, so it was left off.',
    ])
    expect(parseList({ h: 'nowhere' }, known, { words, aHub: 'an Early Help Centre' }).notes).toEqual(['“nowhere” is not an Early Help Centre on this site, so it was left off.'])
  })

  it('keeps a few notes and counts the rest, and shortens a long name', () => {
    const list = parseList({ h: Array.from({ length: 30 }, (_, index) => `nowhere-${index}`).join(','), s: 'x'.repeat(200) }, known, HUB)
    expect(list.notes).toHaveLength(8)
    expect(list.notes.at(-1)).toBe('24 more parts of the address were left off or ignored.')
    expect(parseList({ s: 'x'.repeat(200) }, known, HUB).notes[0]?.length).toBeLessThan(100)
  })

  it(`holds at most ${MAX_LIST_ITEMS} items and says which were left off`, () => {
    const slugs = Array.from({ length: 25 }, (_, index) => `service-${index}`)
    const list = parseList({ s: slugs.join(',') }, () => true, HUB)
    expect(list.items).toHaveLength(MAX_LIST_ITEMS)
    expect(list.tooMany?.named).toBe(25)
    expect(list.tooMany?.leftOff.map((item) => item.slug)).toEqual(slugs.slice(20))
  })

  it('an empty list is /list, and removing an item leaves the rest in order', () => {
    const items: ListItemRef[] = [{ kind: 'hub', slug: 'armley' }, { kind: 'service', slug: 'safe-project' }]
    expect(listPath([])).toBe('/list')
    expect(listPath(withoutItem(items, { kind: 'hub', slug: 'armley' }))).toBe('/list?s=safe-project')
  })
})

describe('with the real content', () => {
  const everything: ListItemRef[] = [
    ...getHubs().map((hub) => ({ kind: 'hub' as const, slug: hub.slug })),
    ...getServices().map((service) => ({ kind: 'service' as const, slug: service.slug })),
    ...getNeeds().map((need) => ({ kind: 'need' as const, slug: need.slug })),
    ...getGuides().map((guide) => ({ kind: 'guide' as const, slug: guide.slug })),
  ]

  it('every hub, service, need and guide can go on a list', () => {
    expect(everything.every(itemExists)).toBe(true)
  })

  it(`the longest ${MAX_LIST_ITEMS}-item address is well inside the server's limits, and so is every item sent by the add form`, () => {
    const longest = [...everything].sort((a, b) => b.slug.length - a.slug.length).slice(0, MAX_LIST_ITEMS)
    const query = listQuery(longest)
    expect(query.length).toBeLessThan(MAX_QUERY_LENGTH / 2)
    expect(query.split('&').length).toBeLessThanOrEqual(4)
    // The add form sends one parameter per ticked box: a list just over the limit still gets the list's own message.
    expect(MAX_LIST_ITEMS + 1).toBeLessThan(MAX_QUERY_PARAMETERS)
  })

  it('a text message of a 20-item list keeps the whole address and stays short when the address allows', () => {
    const longest = [...everything].slice(0, MAX_LIST_ITEMS)
    const address = `https://example.org${listPath(longest)}`
    const items = longest.map((item) => ({ name: `Item ${item.slug}`, phone: '0113 000 0000' }))
    const body = smsBody(words, 'Anytown Family Hubs', items, address)
    expect(body.endsWith(address)).toBe(true)
    expect(body).toMatch(/\nand \d+ more\n/)
    const short = smsBody(words, 'Anytown Family Hubs', items, 'https://example.org/list?h=a')
    expect(short.length).toBeLessThanOrEqual(SMS_MAX_CHARACTERS)
    expect(short).toMatch(/and \d+ more/)
  })
})

describe('text message and email', () => {
  const items = [
    { name: 'Armley Family Hub', phone: '0113 535 0185', email: 'armley@example.org', address: '1 Town Street, LS12 3AA' },
    { name: 'Early help – a guide' },
  ]

  it('the text has each name and phone and the address, in GSM characters', () => {
    const body = smsBody(words, 'Anytown', items, 'https://example.org/list?h=armley&g=early-help')
    expect(body).toBe('From Anytown:\nArmley Family Hub: 0113 535 0185\nEarly help - a guide\nFull list: https://example.org/list?h=armley&g=early-help')
    expect(decodeURIComponent(smsHref(body).replace(/^sms:\?&body=/, ''))).toBe(body)
  })

  it('the email has a subject, each item with its details, and the address, with CRLF line breaks', () => {
    const body = emailBody(words, 'Anytown', items, 'https://example.org/list?h=armley')
    expect(body).toContain('Armley Family Hub\nPhone: 0113 535 0185\nEmail: armley@example.org\nAddress: 1 Town Street, LS12 3AA')
    const href = new URL(mailtoHref('Your list from Anytown', body))
    expect(href.searchParams.get('subject')).toBe('Your list from Anytown')
    expect(href.searchParams.get('body')).toContain('Phone: 0113 535 0185\r\nEmail:')
  })
})
