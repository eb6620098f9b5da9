import { EMAIL, UK_POSTCODE, looksLikeUkPhone as isUkPhone } from '@/lib/content/formats'

// Free-text versions of the content formats: the same definitions, unanchored, so that what the
// site calls an email or a postcode is what gets masked.
function unanchored(pattern: RegExp): string {
  return pattern.source.replace(/^\^/, '').replace(/\$$/, '')
}

const EMAIL_IN_TEXT = new RegExp(unanchored(EMAIL), 'g')

// People type postcodes in any case and with any spacing ("ls1 4ap", "LS14AP").
const POSTCODE_IN_TEXT = new RegExp(`\\b${unanchored(UK_POSTCODE).replace(' ', '\\s*')}\\b`, 'gi')

// Two letters, six digits in optional pairs, optional suffix. Any two letters, not only the
// prefixes HMRC issues: people type example or mistyped numbers too, and masking them costs nothing.
const NI_NUMBER_IN_TEXT = /\b[A-Z]{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}(?:[\s-]?[A-D])?\b/gi

// Anything that starts like a UK number (0, (0, +44, 0044) followed by digits and separators.
// Each candidate is then checked with the content rule isUkPhone, longest first.
const PHONE_CANDIDATE = /(?<![\d+])(?:(?:\+|00)44\s?(?:\(0\)\s?)?|\(?0)[\d\s().-]{8,20}/

const COUNTRY_CODE = /^(?:\+|00)44\s?(?:\(0\)\s?)?/

/** The longest start of the candidate that is a 10 or 11 digit UK number, if any. */
function phonePrefix(candidate: string): string | undefined {
  const countryCode = COUNTRY_CODE.exec(candidate)
  const start = countryCode ? countryCode[0].length : 0
  // "+44 113" is "0113" nationally: the implied 0 ends where the country code ends.
  let national = countryCode ? '0' : ''
  const ends: number[] = countryCode ? [start] : []
  for (let index = start; index < candidate.length; index++) {
    const character = candidate.charAt(index)
    if (character >= '0' && character <= '9') {
      national += character
      ends.push(index + 1)
    }
  }
  for (const length of [11, 10]) {
    const end = ends[length - 1]
    // Only full numbers: isUkPhone also allows short ones (999, 111), which are not personal.
    if (end !== undefined && isUkPhone(national.slice(0, length))) return candidate.slice(0, end)
  }
  return undefined
}

function maskPhones(text: string): string {
  const candidates = new RegExp(PHONE_CANDIDATE.source, 'g')
  let masked = ''
  let position = 0
  for (let match = candidates.exec(text); match; match = candidates.exec(text)) {
    masked += text.slice(position, match.index)
    const prefix = phonePrefix(match[0])
    // Resume right after the number (or after a false start): what follows may be another number.
    const taken = prefix === undefined ? 1 : prefix.length
    masked += prefix === undefined ? text.charAt(match.index) : '[phone]'
    position = match.index + taken
    candidates.lastIndex = position
  }
  return masked + text.slice(position)
}

/**
 * Replaces personal data people type by mistake before anything is stored. Order matters:
 * emails first (they can contain digits and letters that look like the others), then National
 * Insurance numbers (whose letters and digits could look like a postcode), postcodes, phones.
 */
export function maskPersonalData(text: string): string {
  return maskPhones(text.replace(EMAIL_IN_TEXT, '[email]').replace(NI_NUMBER_IN_TEXT, '[ni-number]').replace(POSTCODE_IN_TEXT, '[postcode]'))
}
