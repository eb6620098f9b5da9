import Link from 'next/link'
import type { Hub } from '@/lib/content'
import { getHubsByArea } from '@/lib/content'
import { Postcode } from '@/components/content/postcode'
import { textAttributes } from '@/lib/i18n/text-language'

/**
 * Every hub under its area. Each card carries its position in data attributes: the "Use my
 * location" island reads them, so the browser works out distances without a script in the page.
 */
export function HubsByArea({ headingLevel = 2, lang }: { headingLevel?: 2 | 3; lang?: string }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const Name = headingLevel === 2 ? 'h3' : 'h4'
  return getHubsByArea(lang).map((group) => (
    <section key={group.area} aria-labelledby={`area-${group.area}`} className="mt-8">
      <Heading id={`area-${group.area}`} className="text-2xl">
        {group.label}
      </Heading>
      <ul className="mt-3 grid gap-4 md:grid-cols-2" role="list">
        {group.hubs.map((hub) => (
          <li key={hub.slug} className="border-s-4 border-brand bg-panel p-4" {...hubPosition(hub)}>
            <Name className="text-xl" {...(lang === undefined ? {} : textAttributes(hub.textLanguage, lang))}>
              <Link prefetch={false} href={hub.url}>{hub.name}</Link>
            </Name>
            <p className="mt-1">
              <HubAddressText hub={hub} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  ))
}

/** The address as text on a page; the postcode never breaks across lines. */
export function HubAddressText({ hub }: { hub: Hub }) {
  return (
    <>
      {hub.addressLines.join(', ')}, <Postcode postcode={hub.postcode} />
    </>
  )
}

export function hubAddress(hub: Hub): string {
  return `${hub.addressLines.join(', ')}, ${hub.postcode}`
}

function hubPosition(hub: Hub) {
  return {
    'data-hub-name': hub.name,
    'data-hub-url': hub.url,
    'data-hub-address': hubAddress(hub),
    'data-hub-latitude': String(hub.latitude),
    'data-hub-longitude': String(hub.longitude),
  }
}
