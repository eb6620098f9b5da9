import { byDistance, type Coordinates } from './distance'
import { locatePostcode, type LocatedPostcode, type LocateOptions } from './locate-postcode'

export type NearestHubs<H> = Exclude<LocatedPostcode, { kind: 'found' }> | { kind: 'found'; postcode: string; hubs: { hub: H; miles: number }[] }

type Options<H> = LocateOptions & { hubs: readonly H[] }

/** From what a person typed to the hubs nearest them, or a reason we cannot say. */
export async function findNearestHubs<H extends Coordinates>(input: string, { hubs, ...options }: Options<H>): Promise<NearestHubs<H>> {
  const located = await locatePostcode(input, options)
  if (located.kind !== 'found') return located
  return { kind: 'found', postcode: located.postcode, hubs: byDistance(located.origin, hubs).map(({ place, miles }) => ({ hub: place, miles })) }
}
