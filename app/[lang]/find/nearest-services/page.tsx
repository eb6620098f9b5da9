import type { Metadata } from 'next'
import { ServiceFinder } from '@/components/services/service-finder'
import { getFinderVocabulary } from '@/lib/content'
import { parseServiceQuery } from '@/lib/content/filters'
import { parsePostcodeInput } from '@/lib/places/postcode'
import { locateForFinder } from '@/lib/places/server'
import { type LanguageParams, pageLanguage } from '@/lib/i18n/addresses'
import { getTranslator } from '@/lib/i18n/messages'

// Reached from /services?postcode=…&age=… through the rewrite in proxy.ts (the address bar keeps
// the public address, with the filters in canonical form). Rendered per request, because each
// postcode is different, and never kept by the server's page cache (lib/places/rewrite-target.ts)
// or indexed. The postcode is looked up with the hub search's client, cache and budget.

type Props = LanguageParams & { searchParams: Promise<Record<string, string | string[] | undefined>> }

const postcodeParam = async (searchParams: Props['searchParams']) => {
  const value = (await searchParams).postcode
  return typeof value === 'string' ? value : (value?.[0] ?? '')
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { t } = getTranslator(await pageLanguage(params))
  const postcode = parsePostcodeInput(await postcodeParam(searchParams))
  const { errors } = parseServiceQuery(await searchParams, getFinderVocabulary())
  const wrong = errors.length > 0 || postcode.kind === 'empty' || postcode.kind === 'invalid'
  return {
    title: `${wrong ? t('feedback.errorPrefix') : ''}${t('services.nearYou')}`,
    description: t('services.descriptionNear'),
    robots: { index: false, follow: true },
    alternates: { canonical: '/services' },
  }
}

export default async function NearestServices({ params, searchParams }: Props) {
  const lang = await pageLanguage(params)
  const { filter, errors } = parseServiceQuery(await searchParams, getFinderVocabulary())
  const input = await postcodeParam(searchParams)
  return <ServiceFinder filter={filter} errors={errors} near={{ input: input.slice(0, 64), located: await locateForFinder(input) }} lang={lang} />
}
