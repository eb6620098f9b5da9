import { FamilyHubsPage } from '@/components/places/family-hubs-page'
import { notFound } from 'next/navigation'
import { getSite, getTerms, hasHubs } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'

// Static: a postcode search (/family-hubs?postcode=) is rewritten by proxy.ts to /find/nearest-hub,
// so the plain page stays a prebuilt file however busy the site is.

export const metadata = pageMetadata({
  title: getTerms().hubs,
  description: `Addresses and contact details for every ${getTerms().hub} in ${getSite().city}, by area, and the nearest to your postcode.`,
  path: '/family-hubs',
})

export default function FamilyHubs() {
  // A council without hub buildings has no such page (and no link to it).
  if (!hasHubs()) notFound()
  return <FamilyHubsPage />
}
