import 'server-only'
import { getHubs, getPlace, getSite, type Hub, type Service } from '@/lib/content'
import { findNearestHubs, type NearestHubs } from './nearest-hubs'
import { locatePostcode, type LocatedPostcode } from './locate-postcode'
import type { ServicePlace } from './nearest-services'
import { siteEnv } from '@/lib/env'
import { parsePostcodeInput, postcodeExample, type PostcodeExample } from './postcode'
import { createPostcodeClient, type PostcodeClient } from './postcodes-api'

// One client (one cache, one budget of look-ups a minute) per server process, for every route.
// Next bundles each route on its own, so a module-level variable here would be one client per
// bundle: the feed and the nearest-hub page each had their own budget, twice what
// POSTCODE_LOOKUPS_PER_MINUTE says. On globalThis it is one, as lib/feedback/singletons.ts does.
declare global {
  var __familyHubsPostcodeClient: PostcodeClient | undefined
}

function postcodeClient(): PostcodeClient {
  globalThis.__familyHubsPostcodeClient ??= createPostcodeClient({ baseUrl: siteEnv().POSTCODES_API_URL, lookupsPerMinute: siteEnv().POSTCODE_LOOKUPS_PER_MINUTE })
  return globalThis.__familyHubsPostcodeClient
}

/**
 * The example postcode the form and its error messages give: the first hub's (by name), so the
 * example is one of the site's own area. GOV.UK's usual example if there are no hubs at all.
 */
export function getExamplePostcode(): PostcodeExample {
  return postcodeExample(getHubs()[0]?.postcode ?? 'SW1A 1AA')
}

export function nearestHubs(input: string): Promise<NearestHubs<Hub>> {
  return findNearestHubs(input, { client: postcodeClient(), hubs: getHubs(), districts: getSite().postcodeDistricts, example: getExamplePostcode() })
}

/** Where a postcode typed into the service finder is, with the hub search's client, budget and area. */
export function locateForFinder(input: string): Promise<LocatedPostcode> {
  return locatePostcode(input, { client: postcodeClient(), districts: getSite().postcodeDistricts, example: getExamplePostcode() })
}

/** The hubs and venues a service runs at (its venues:), with their map positions. */
export function placesOfService(service: Service): ServicePlace[] {
  return (service.venues ?? []).map((key) => {
    const place = getPlace(key)
    const { name, latitude, longitude } = place.kind === 'hub' ? place.hub : place.venue
    return { key, name, latitude, longitude }
  })
}

/** A postcode's centre for the Open Referral feed's proximity search, or why there is none. */
export async function lookupPostcode(input: string): Promise<{ latitude: number; longitude: number } | { error: string }> {
  const query = parsePostcodeInput(input)
  if (query.kind === 'empty' || query.kind === 'invalid') return { error: `is not a UK postcode: write it like ${getExamplePostcode().postcode}` }
  const answer = await postcodeClient().lookup(query)
  if (answer.status === 'found') return { latitude: answer.latitude, longitude: answer.longitude }
  if (answer.status === 'not-found') return { error: `(${query.postcode}) was not found: check it` }
  return { error: 'could not be looked up just now: try again in a minute, or leave postcode out' }
}
