import { isValid, toNormalised, toOutcode, validOutcode } from 'postcode'

// Families type postcodes every way: " ls97bg ", "LS9  7BG", "ls9". A full postcode or just its
// first half (the outcode, like "LS9") is enough to find the nearest hub.

export type PostcodeQuery =
  | { kind: 'full'; postcode: string }
  | { kind: 'outcode'; postcode: string }
  | { kind: 'empty' }
  | { kind: 'invalid' }

/** Longest input worth parsing: a postcode with generous spacing. */
const MAX_INPUT_LENGTH = 16

export function parsePostcodeInput(input: string | undefined): PostcodeQuery {
  const compact = (input ?? '').replace(/\s+/g, '')
  if (compact === '') return { kind: 'empty' }
  if ((input ?? '').length > MAX_INPUT_LENGTH * 4 || compact.length > MAX_INPUT_LENGTH) return { kind: 'invalid' }
  if (isValid(compact)) {
    const normalised = toNormalised(compact)
    if (normalised) return { kind: 'full', postcode: normalised }
  }
  if (validOutcode(compact)) {
    const outcode = toOutcode(`${compact}1AA`) ?? compact.toUpperCase()
    return { kind: 'outcode', postcode: outcode }
  }
  return { kind: 'invalid' }
}

export const POSTCODE_MESSAGES = {
  empty: 'Enter a postcode, like LS9 7BG',
  invalid: 'Enter a real postcode, like LS9 7BG, or the first part of it, like LS9',
} as const
