import 'server-only'
import { allContacts, allHubs, allNeeds, allServices, allSupportLevels, allVenues } from 'contentlayer/generated'
import { getSite, getSiteUrl } from '@/lib/content'
import { buildFeed, type Feed } from './build'

// The site's own feed, built once per server process from the content it was built with.

let feed: Feed | undefined

export function getFeed(): Feed {
  feed ??= buildFeed({ site: getSite(), services: allServices, hubs: allHubs, venues: allVenues, contacts: allContacts, needs: allNeeds, supportLevels: allSupportLevels }, { siteUrl: getSiteUrl() })
  return feed
}
