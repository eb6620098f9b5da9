import { isValidPhoneNumber } from 'libphonenumber-js/max'
import { isValid as isValidPostcode, toNormalised } from 'postcode'

// Formats shared by the content rules and the feedback masking: one definition of what a
// UK phone number, postcode or email looks like. Phone numbers and postcodes are judged by
// well-kept libraries (libphonenumber-js with full metadata, postcode), not hand-written rules.

/** Short numbers that are real UK phone numbers though no numbering plan lists them as such. */
const SHORT_NUMBERS = new Set(['999', '112', '111', '101', '105', '116000', '116111', '116123'])

/**
 * Ofcom's numbers for drama: ranges of 1,000 that will never be given to anyone, so a
 * demonstration site (or a test) can show a number that rings no one. libphonenumber-js's
 * metadata marks some of them (07700 900xxx, 01632 960xxx) as not in use, so they are allowed here
 * by name. From Ofcom's "Telephone numbers for drama purposes".
 */
export const OFCOM_DRAMA_RANGES = [
  { first: '0113 496 0000', last: '0113 496 0999', use: 'Leeds' },
  { first: '0114 496 0000', last: '0114 496 0999', use: 'Sheffield' },
  { first: '0115 496 0000', last: '0115 496 0999', use: 'Nottingham' },
  { first: '0116 496 0000', last: '0116 496 0999', use: 'Leicester' },
  { first: '0117 496 0000', last: '0117 496 0999', use: 'Bristol' },
  { first: '0118 496 0000', last: '0118 496 0999', use: 'Reading' },
  { first: '0121 496 0000', last: '0121 496 0999', use: 'Birmingham' },
  { first: '0131 496 0000', last: '0131 496 0999', use: 'Edinburgh' },
  { first: '0141 496 0000', last: '0141 496 0999', use: 'Glasgow' },
  { first: '0151 496 0000', last: '0151 496 0999', use: 'Liverpool' },
  { first: '0161 496 0000', last: '0161 496 0999', use: 'Manchester' },
  { first: '020 7946 0000', last: '020 7946 0999', use: 'London' },
  { first: '0191 498 0000', last: '0191 498 0999', use: 'Tyneside, Durham and Sunderland' },
  { first: '028 9649 6000', last: '028 9649 6999', use: 'Northern Ireland' },
  { first: '029 2018 0000', last: '029 2018 0999', use: 'Cardiff' },
  { first: '01632 960000', last: '01632 960999', use: 'no area' },
  { first: '07700 900000', last: '07700 900999', use: 'mobile' },
  { first: '08081 570000', last: '08081 570999', use: 'freephone' },
  { first: '0909 879 0000', last: '0909 879 0999', use: 'premium rate' },
  { first: '03069 990000', last: '03069 990999', use: 'UK-wide' },
] as const

const DRAMA_PREFIXES = OFCOM_DRAMA_RANGES.map(({ first }) => first.replace(/ /g, '').slice(0, -3))

/** A number in one of Ofcom's drama ranges (digits only, like 07700900123). */
export function isDramaNumber(digits: string): boolean {
  return digits.length === 11 && DRAMA_PREFIXES.some((prefix) => digits.startsWith(prefix))
}

/** A UK number written the way this site writes them: digits and single spaces, like 0113 535 0185. */
export function isUkPhone(value: string): boolean {
  if (!/^[0-9]+( [0-9]+)*$/.test(value)) return false
  const digits = value.replace(/ /g, '')
  if (SHORT_NUMBERS.has(digits) || isDramaNumber(digits)) return true
  return digits.startsWith('0') && isValidPhoneNumber(digits, 'GB')
}

/**
 * Anything a person might type as a UK number, real or made up (like Ofcom's 07700 900xxx drama
 * numbers): the feedback masking errs on the side of hiding it. Content uses isUkPhone.
 */
export function looksLikeUkPhone(value: string): boolean {
  if (!/^[0-9 ]+$/.test(value)) return false
  const digits = value.replace(/ /g, '')
  if (SHORT_NUMBERS.has(digits) || digits === '08001111') return true
  if (/^0(11\d|1\d1|[23579])/.test(digits)) return /^\d{11}$/.test(digits)
  return /^0[1-9]\d{8,9}$/.test(digits)
}

/** The number to put in a tel: link. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/ /g, '')}`
}

/** A full postcode, written in capitals with one space (LS11 6PF). */
export function isFullPostcode(value: string): boolean {
  return isValidPostcode(value) && toNormalised(value) === value
}

/** The usual way to write a postcode, or undefined if it is not one. */
export function normalisePostcode(value: string): string | undefined {
  return isValidPostcode(value) ? (toNormalised(value) ?? undefined) : undefined
}

export const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/

/**
 * Characters a terminal or a browser acts on instead of showing: control characters (C0 but tab
 * and line ends, DEL, C1: ESC[2J clears a terminal) and the direction overrides and isolates
 * (U+202A-U+202E, U+2066-U+2069) that make text read backwards.
 */
export const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

/** The first hidden character in a text, named for an editor ("U+202E, a direction override"), or undefined. */
export function hiddenCharacterIn(value: string): string | undefined {
  const found = value.match(new RegExp(HIDDEN_CHARACTERS.source))?.[0]
  if (found === undefined) return undefined
  const code = `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
  return `${code}, ${/[\u202a-\u202e\u2066-\u2069]/.test(found) ? 'a direction override that makes text read backwards' : 'a control character'}`
}

/** Text from outside (a feed, a file) as a terminal may print it: every control and direction character written as an escape (\\n, \\u001b), so none acts and none starts a line. */
export function printable(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (character) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }
    return named[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
}

export const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[A-Za-z]{2,}$/

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** 2026-02-30 has the right shape but is not a day of the calendar. */
export function isRealIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/
