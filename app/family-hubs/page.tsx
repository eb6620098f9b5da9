import Link from 'next/link'
import { PhoneLink } from '@/components/content/phone-link'
import { PageLayout } from '@/components/layout/page-layout'
import { getContact, getHubsByArea, getSite } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'

export const metadata = pageMetadata({
  title: 'Family Hubs',
  description: `Addresses and contact details for every Family Hub in ${getSite().city}, by area of the city.`,
  path: '/family-hubs',
})

export default function FamilyHubsPage() {
  const central = getContact('family-hubs-central')
  const groups = getHubsByArea()
  const count = groups.reduce((total, group) => total + group.hubs.length, 0)
  return (
    <PageLayout path="/family-hubs" breadcrumbs={{ trail: [], current: 'Family Hubs' }}>
      <h1 className="text-4xl">Family Hubs</h1>
      <p className="lede mt-4 max-w-3xl">
        There are {count} Family Hubs in {getSite().city}. Each one has a team that helps families with children and
        young people. Call <PhoneLink phone={central.phone} /> to talk to any of them.
      </p>
      <p className="mt-2">
        <Link href="/about-family-hubs">What a Family Hub is and how it works</Link>
      </p>
      {groups.map((group) => (
        <section key={group.area} aria-labelledby={`area-${group.area}`} className="mt-8">
          <h2 id={`area-${group.area}`} className="text-2xl">
            {group.label}
          </h2>
          <ul className="mt-3 grid gap-4 md:grid-cols-2" role="list">
            {group.hubs.map((hub) => (
              <li key={hub.slug} className="border-l-4 border-brand bg-panel p-4">
                <h3 className="text-xl">
                  <Link href={hub.url}>{hub.name}</Link>
                </h3>
                <p className="mt-1">
                  {hub.addressLines.join(', ')}, {hub.postcode}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </PageLayout>
  )
}
