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

/** A postcode to show as an example, and its first half. */
export type PostcodeExample = { postcode: string; outcode: string }

/** The example for a full postcode; a council's own (lib/places/server.ts) reads as familiar. */
export function postcodeExample(postcode: string): PostcodeExample {
  const query = parsePostcodeInput(postcode)
  if (query.kind !== 'full') throw new Error(`postcodeExample: "${postcode}" is not a full postcode`)
  return { postcode: query.postcode, outcode: toOutcode(query.postcode) ?? query.postcode }
}

export function postcodeMessages({ postcode, outcode }: PostcodeExample): Record<'empty' | 'invalid', string> {
  return {
    empty: `Enter a postcode, like ${postcode}`,
    invalid: `Enter a real postcode, like ${postcode}, or the first part of it, like ${outcode}`,
  }
}
