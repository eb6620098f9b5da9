import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ServiceFinder } from '@/components/services/service-finder'
import { getFinderVocabulary } from '@/lib/content'
import { filterSegment, parseServiceQuery, segmentQuery } from '@/lib/content/filters'
import { pageLanguage } from '@/lib/i18n/addresses'
import { getTranslator } from '@/lib/i18n/messages'

// /services?age=11-17&need=… arrives here through proxy.ts, as one canonical segment. The proxy
// only rewrites known values (or the INVALID mark), so the set of pages is small and bounded:
// each is rendered on its first request and then served from Next's cache, never per request.

type Props = { params: Promise<{ lang: string; filters: string }> }

export const dynamicParams = true
export const revalidate = false

export function generateStaticParams(): { filters: string }[] {
  return []
}

async function read(params: Props['params']) {
  const { filters } = await params
  const query = parseServiceQuery(segmentQuery(filters), getFinderVocabulary())
  // proxy.ts only ever rewrites to the canonical segment: anything else was not made by the
  // finder, and must not become another page in the cache.
  if (filterSegment(query.filter, query.errors) !== filters) notFound()
  return query
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { errors } = await read(params)
  const { t } = getTranslator(await pageLanguage(params))
  return {
    title: errors.length > 0 ? `${t('feedback.errorPrefix')}${t('nav.services')}` : t('nav.services'),
    description: t('services.descriptionFiltered'),
    robots: { index: false, follow: true },
    alternates: { canonical: '/services' },
  }
}

export default async function FilteredServices({ params }: Props) {
  const lang = await pageLanguage(params)
  const { filter, errors } = await read(params)
  return <ServiceFinder filter={filter} errors={errors} lang={lang} />
}
