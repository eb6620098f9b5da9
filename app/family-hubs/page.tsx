import { FamilyHubsPage } from '@/components/places/family-hubs-page'
import { getSite } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'

// Static: a postcode search (/family-hubs?postcode=) is rewritten by proxy.ts to /find/nearest-hub,
// so the plain page stays a prebuilt file however busy the site is.

export const metadata = pageMetadata({
  title: 'Family Hubs',
  description: `Addresses and contact details for every Family Hub in ${getSite().city}, by area of the city, and the nearest to your postcode.`,
  path: '/family-hubs',
})

export default function FamilyHubs() {
  return <FamilyHubsPage />
}
