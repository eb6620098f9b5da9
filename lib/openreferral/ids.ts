import { v5 as uuidv5 } from 'uuid'

// Every id in the feed is a name-based UUID (version 5, RFC 9562): the SHA-1 of a fixed
// namespace and a name made of the council's site address (site.yaml siteUrl, not the SITE_URL
// a deployment sets, so a staging copy publishes the same ids), the kind of thing and its file
// name. The same file gives the same id on every build and machine, and two councils' files
// called services/family-hubs.md do not share one when a national directory merges feeds.
// The `uuid` package makes them: Node's crypto has random UUIDs only.

/** This project's namespace for feed ids (a random UUID, fixed once; never change it). */
export const FEED_ID_NAMESPACE = '5b0d3e56-2f7c-4f0e-9d8a-6c1e2b7a9f34'

export type IdKind = 'organization' | 'service' | 'hub' | 'location' | 'address' | 'service-at-location' | 'contact' | 'phone' | 'schedule' | 'service-area' | 'taxonomy' | 'term' | 'attribute' | 'accessibility' | 'language' | 'cost-option'

export type FeedIds = (kind: IdKind, ...parts: string[]) => string

export function feedIds(siteUrl: string): FeedIds {
  const site = siteUrl.replace(/\/+$/, '').toLowerCase()
  return (kind, ...parts) => uuidv5([site, kind, ...parts].join('/'), FEED_ID_NAMESPACE)
}
