import type { Coordinates } from './distance'
import { parsePostcodeInput, postcodeMessages, type PostcodeExample } from './postcode'
import type { PostcodeClient } from './postcodes-api'

// From what a person typed to a place in the council's area, or the reason we cannot say: shared
// by the nearest hub search and the service finder, so both read postcodes, spend the one budget
// of look-ups and answer a postcode outside the area the same way.

export type LocatedPostcode =
  | { kind: 'input-error'; value: string; message: string; problem: 'empty' | 'invalid' }
  | { kind: 'found'; postcode: string; origin: Coordinates }
  | { kind: 'outside'; postcode: string }
  | { kind: 'not-found'; postcode: string }
  | { kind: 'unavailable'; postcode: string }

export type LocateOptions = { client: PostcodeClient; districts: readonly string[]; example: PostcodeExample }

const sameName = (a: string, b: string) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' }) === 0

export async function locatePostcode(input: string, { client, districts, example }: LocateOptions): Promise<LocatedPostcode> {
  const query = parsePostcodeInput(input)
  if (query.kind === 'empty' || query.kind === 'invalid') {
    return { kind: 'input-error', value: input.slice(0, 64), message: postcodeMessages(example)[query.kind], problem: query.kind }
  }
  const { postcode } = query
  const answer = await client.lookup(query)
  if (answer.status === 'not-found') return { kind: 'not-found', postcode }
  if (answer.status === 'unavailable') return { kind: 'unavailable', postcode }
  const inCity = answer.districts.some((district) => districts.some((name) => sameName(name, district)))
  if (!inCity) return { kind: 'outside', postcode }
  return { kind: 'found', postcode, origin: { latitude: answer.latitude, longitude: answer.longitude } }
}
