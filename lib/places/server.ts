import 'server-only'
import { getHubs, getSite, type Hub } from '@/lib/content'
import { findNearestHubs, type NearestHubs } from './nearest-hubs'
import { siteEnv } from '@/lib/env'
import { createPostcodeClient, type PostcodeClient } from './postcodes-api'

// One client (and so one cache) per server process.
let client: PostcodeClient | undefined

function postcodeClient(): PostcodeClient {
  client ??= createPostcodeClient({ baseUrl: siteEnv().POSTCODES_API_URL, lookupsPerMinute: siteEnv().POSTCODE_LOOKUPS_PER_MINUTE })
  return client
}

export function nearestHubs(input: string): Promise<NearestHubs<Hub>> {
  return findNearestHubs(input, { client: postcodeClient(), hubs: getHubs(), districts: getSite().postcodeDistricts })
}
