import { byDistance, type Coordinates } from './distance'
import { parsePostcodeInput, postcodeMessages, type PostcodeExample } from './postcode'
import type { PostcodeClient } from './postcodes-api'

export type NearestHubs<H> =
  | { kind: 'input-error'; value: string; message: string }
  | { kind: 'found'; postcode: string; hubs: { hub: H; miles: number }[] }
  | { kind: 'outside'; postcode: string }
  | { kind: 'not-found'; postcode: string }
  | { kind: 'unavailable'; postcode: string }

type Options<H> = { client: PostcodeClient; hubs: readonly H[]; districts: readonly string[]; example: PostcodeExample }

const sameName = (a: string, b: string) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' }) === 0

/** From what a person typed to the hubs nearest them, or a reason we cannot say. */
export async function findNearestHubs<H extends Coordinates>(
  input: string,
  { client, hubs, districts, example }: Options<H>,
): Promise<NearestHubs<H>> {
  const query = parsePostcodeInput(input)
  if (query.kind === 'empty' || query.kind === 'invalid') {
    return { kind: 'input-error', value: input.slice(0, 64), message: postcodeMessages(example)[query.kind] }
  }
  const { postcode } = query
  const answer = await client.lookup(query)
  if (answer.status === 'not-found') return { kind: 'not-found', postcode }
  if (answer.status === 'unavailable') return { kind: 'unavailable', postcode }
  const inCity = answer.districts.some((district) => districts.some((name) => sameName(name, district)))
  if (!inCity) return { kind: 'outside', postcode }
  return { kind: 'found', postcode, hubs: byDistance(answer, hubs).map(({ place, miles }) => ({ hub: place, miles })) }
}
