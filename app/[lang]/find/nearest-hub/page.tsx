import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { FamilyHubsPage } from '@/components/places/family-hubs-page'
import { getTerms, hasHubs } from '@/lib/content'
import { parsePostcodeInput } from '@/lib/places/postcode'
import { nearestHubs } from '@/lib/places/server'
import { type LanguageParams, pageLanguage } from '@/lib/i18n/addresses'
import { getTranslator } from '@/lib/i18n/messages'

// Reached from /family-hubs?postcode=... through the rewrite in proxy.ts: the address bar keeps
// the public URL. Rendered per request (each postcode is different) and never indexed.

type Props = LanguageParams & { searchParams: Promise<Record<string, string | string[] | undefined>> }

const postcodeParam = async (searchParams: Props['searchParams']) => {
  const value = (await searchParams).postcode
  return typeof value === 'string' ? value : (value?.[0] ?? '')
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const query = parsePostcodeInput(await postcodeParam(searchParams))
  const { t } = getTranslator(await pageLanguage(params))
  return {
    title: `${query.kind === 'empty' || query.kind === 'invalid' ? t('feedback.errorPrefix') : ''}${t('hubs.nearYou', { hubs: getTerms().hubs })}`,
    robots: { index: false, follow: true },
    alternates: { canonical: '/family-hubs' },
  }
}

export default async function NearestHub({ params, searchParams }: Props) {
  const lang = await pageLanguage(params)
  if (!hasHubs()) notFound()
  return <FamilyHubsPage result={await nearestHubs(await postcodeParam(searchParams))} lang={lang} />
}
