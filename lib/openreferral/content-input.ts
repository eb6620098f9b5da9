import type { ContactData, HubFrontmatter, NeedFrontmatter, ServiceFrontmatter, SiteData, SupportLevelFrontmatter, VenueFrontmatter } from '@/lib/content/schema'

// What the feed is built from: the content as lib/content/index.ts gives it (contentlayer's
// documents fit these types), or as lib/openreferral/content-folder.ts reads any content folder
// (a second council's, a test fixture). Only the fields the feed uses are asked for.

type Document = { slug: string; url: string; body: { raw: string } }

export type FeedSite = Pick<SiteData, 'siteName' | 'organisationName' | 'city' | 'areas' | 'siteUrl'>
export type FeedService = ServiceFrontmatter & Document
export type FeedHub = HubFrontmatter & Document
export type FeedVenue = VenueFrontmatter & Pick<Document, 'slug'>
export type FeedContact = ContactData & { key: string }
export type FeedNeed = Pick<NeedFrontmatter, 'name' | 'summary' | 'order' | 'services' | 'everydayWords'> & Pick<Document, 'slug' | 'url'>
export type FeedSupportLevel = Pick<SupportLevelFrontmatter, 'key' | 'name' | 'whoFor' | 'summary' | 'order'> & Pick<Document, 'url'>

export type FeedContent = {
  site: FeedSite
  services: readonly FeedService[]
  hubs: readonly FeedHub[]
  venues: readonly FeedVenue[]
  contacts: readonly FeedContact[]
  needs: readonly FeedNeed[]
  supportLevels: readonly FeedSupportLevel[]
}
