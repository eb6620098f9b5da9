import type { Venue } from '@/lib/content'

/** schema.org description of the place, for search engines and assistants. */
export function VenueJsonLd({ venue, siteUrl, city }: { venue: Venue; siteUrl: string; city: string }) {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Place',
    name: venue.name,
    description: venue.summary,
    url: `${siteUrl}${venue.url}`,
    ...(venue.phone ? { telephone: venue.phone } : {}),
    address: {
      '@type': 'PostalAddress',
      streetAddress: venue.addressLines.filter((line) => line !== city).join(', '),
      addressLocality: city,
      postalCode: venue.postcode,
      addressCountry: 'GB',
    },
    geo: { '@type': 'GeoCoordinates', latitude: venue.latitude, longitude: venue.longitude },
  }
  // "<" is escaped so text in content can never close the script element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c')
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
}
