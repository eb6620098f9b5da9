import type { Hub } from '@/lib/content'

/** schema.org description of the place, for search engines and assistants. */
export function HubJsonLd({ hub, siteUrl, city }: { hub: Hub; siteUrl: string; city: string }) {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOffice',
    name: hub.name,
    description: hub.summary,
    url: `${siteUrl}${hub.url}`,
    telephone: hub.phone,
    email: hub.email,
    address: {
      '@type': 'PostalAddress',
      streetAddress: hub.addressLines.filter((line) => line !== city).join(', '),
      addressLocality: city,
      postalCode: hub.postcode,
      addressCountry: 'GB',
    },
    geo: { '@type': 'GeoCoordinates', latitude: hub.latitude, longitude: hub.longitude },
  }
  // "<" is escaped so text in content can never close the script element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c')
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
}
