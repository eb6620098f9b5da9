import { describe, expect, it } from 'vitest'
import { countMessage } from '@/lib/enhance/character-count'
import { formatAges } from '@/lib/format'
import { ENGLISH } from '@/lib/i18n/catalogue'
import { pseudoCatalogue } from '@/lib/i18n/pseudo'
import { createTranslator } from '@/lib/i18n/translator'
import { wordsForPage, wordsInPage } from '@/lib/i18n/words'
import { clockText, openingStatus, statusAt, statusNow, STATUS_NOW_KEYS } from '@/lib/opening-times'
import { describeDistance } from '@/lib/places/distance'
import { costLines } from '@/lib/services/cost-and-languages'
import { howOften, runText, sessionText } from '@/lib/sessions/describe'
import { weeklyTimetable } from '@/lib/sessions/timetable'
import { emailBody, smsBody } from '@/lib/list/take-away'
import { ENGLISH_WORDS, PSEUDO_WORDS } from '@/tests/support/words'
import { plainInterfaceWords } from '@/tests/support/plain-english'

// The sentences lib/ builds (sessions, opening times, ages, costs, distances, the list's texts) are
// in the page's language: in the accented pseudo-locale no English word of the catalogue is left,
// while the same call in English is as Leeds' pages have always read.

const today = '2026-12-07'
const saturdayNoon = new Date('2026-12-12T12:00:00Z')
const HUB = [{ day: 'monday' as const, opens: '09:00', closes: '17:00' }]

function sentences(words: typeof ENGLISH_WORDS): string[] {
  return [
    sessionText(words, { days: ['tuesday', 'thursday'], opens: '09:30', closes: '11:30', period: 'term-time', from: '2027-01-04', until: '2027-07-16' }, today),
    sessionText(words, { days: ['monday'], opens: '13:00', closes: '15:00', repeats: 'monthly', weeks: ['first', 'third'] }, today),
    sessionText(words, { days: ['wednesday'], opens: '10:00', closes: '12:00', repeats: 'every-other-week', startsOn: '2026-12-02' }, today),
    sessionText(words, { byAppointment: true, period: 'school-holidays' }, today),
    howOften(words, { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'], opens: '09:00', closes: '17:00' }),
    runText(words, { date: '2026-12-08', day: 'tuesday', opens: '09:30', closes: '00:00', now: false }),
    runText(words, { date: '2026-12-08', day: 'tuesday', opens: '09:30', closes: '11:30', now: true }),
    statusAt(words, openingStatus(HUB, [], saturdayNoon), saturdayNoon),
    statusNow(words, openingStatus(HUB, [], new Date('2026-12-07T10:00:00Z'))),
    statusNow(words, openingStatus(HUB, ['2026-12-14', '2026-12-21'], saturdayNoon)),
    formatAges(words, { ageFrom: 0, ageTo: 19, sendAgeTo: 25 }),
    formatAges(words, {}),
    ...costLines(words, { free: true }),
    describeDistance(words, 2.26),
    describeDistance(words, 0.01),
    smsBody(words, 'Anytown', [{ name: 'Armley Hub', phone: '0113 000 0000' }], 'https://example.org/list?h=armley'),
    emailBody(words, 'Anytown', [{ name: 'Armley Hub', phone: '0113 000 0000', email: 'hub@example.org', address: '1 Road' }], 'https://example.org/list?h=armley'),
    ...weeklyTimetable(words, [{ name: 'Play', sessions: [{ venue: 'hub', days: ['monday'], opens: '09:00', closes: '10:00', repeats: 'monthly', weeks: ['last'], period: 'term-time' }] }], 'hub', today).days.flatMap((day) => day.rows.flatMap((row) => row.how)),
  ]
}

describe('sentences built in lib/, in the page’s language', () => {
  it('in English, read as they always have', () => {
    expect(sentences(ENGLISH_WORDS).slice(0, 11)).toEqual([
      'Tuesdays and Thursdays, 9:30am to 11:30am, term time only, from 4 January 2027, until 16 July 2027',
      'First and third Monday of the month, 1pm to 3pm',
      'Every other Wednesday, 10am to midday',
      'By appointment, school holidays only',
      'Every day',
      'Tuesday 8 December 2026, 9:30am to midnight',
      'On now, until 11:30am',
      'At midday on Saturday: closed, opens Monday at 9am',
      'Open now, closes at 5pm',
      'Closed now, opens on Monday 28 December 2026 at 9am',
      '0 to 19 years, or up to 25 for young people with special educational needs and disabilities (SEND)',
    ])
  })

  it('in en-XA, leave no English word of the catalogue (days, months and "and" are Intl’s)', () => {
    // The list's address and the hub's name are the content's, not words of the interface.
    const content = new Set(['example', 'list', 'armley', 'road'])
    for (const sentence of sentences(PSEUDO_WORDS)) {
      expect(plainInterfaceWords(sentence, content), sentence).toEqual([])
      expect(sentence, 'accented: taken from the catalogue').toMatch(/[áéíóúþðöñ]/)
    }
  })

  it('the check can fail: an English sentence is caught', () => {
    expect(plainInterfaceWords('Closed now, opens Monday at 9am')).toEqual(['closed', 'opens'])
  })
})

describe('words the site script writes', () => {
  it('are the page’s: written by the server, read back in the browser without the catalogue', () => {
    const pseudo = createTranslator('en-XA', pseudoCatalogue('en-XA'))
    const inPage = wordsInPage(wordsForPage(pseudo.words, STATUS_NOW_KEYS, true))
    if (!inPage) throw new Error('unreadable')
    const monday = new Date('2026-12-07T10:00:00Z')
    expect(statusNow(inPage, openingStatus(HUB, [], monday))).toBe(statusNow(pseudo.words, openingStatus(HUB, [], monday)))
    expect(clockText(inPage, '17:30')).toBe(pseudo.t('time.pm', { time: '5:30' }))
    expect(wordsInPage('not json')).toBeUndefined()
    expect(wordsInPage(JSON.stringify({ language: 'en', messages: { a: 1 } }))).toBeUndefined()
  })

  it('count characters in the language’s plural forms', () => {
    const english = createTranslator('en-GB', ENGLISH)
    const countWords = { language: 'en-GB', remaining: english.forms('feedback.remaining'), over: english.forms('feedback.tooMany') }
    expect(countMessage(countWords, 1)).toBe('You have 1 character remaining')
    expect(countMessage(countWords, 1200)).toBe('You have 1,200 characters remaining')
    expect(countMessage(countWords, -2)).toBe('You have 2 characters too many')
    // Welsh has six forms: "two" is its own, chosen by Intl.PluralRules.
    const welsh = { language: 'cy', remaining: { zero: 'z {count}', one: 'o {count}', two: 't {count}', few: 'f {count}', many: 'm {count}', other: 'x {count}' }, over: { other: 'over {count}' } }
    expect([0, 1, 2, 3, 6, 7].map((count) => countMessage(welsh, count))).toEqual(['z 0', 'o 1', 't 2', 'f 3', 'm 6', 'x 7'])
  })
})
