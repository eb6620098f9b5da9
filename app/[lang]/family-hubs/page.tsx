import { FamilyHubsPage } from '@/components/places/family-hubs-page'
import { notFound } from 'next/navigation'
import { getSite, getTerms, hasHubs } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { type LanguageParams, pageLanguage } from '@/lib/i18n/addresses'
import { getTranslator } from '@/lib/i18n/messages'

// Static: a postcode search (/family-hubs?postcode=) is rewritten by proxy.ts to /find/nearest-hub,
// so the plain page stays a prebuilt file however busy the site is.

export async function generateMetadata({ params }: LanguageParams) {
  const lang = await pageLanguage(params)
  return pageMetadata({
    title: getTerms().hubs,
    description: getTranslator(lang).t('hubs.description', { hub: getTerms().hub, city: getSite().city }),
    path: '/family-hubs',
    lang,
  })
}

export default async function FamilyHubs({ params }: LanguageParams) {
  const lang = await pageLanguage(params)
  // A council without hub buildings has no such page (and no link to it).
  if (!hasHubs()) notFound()
  return <FamilyHubsPage lang={lang} />
}
