import { ServiceFinder } from '@/components/services/service-finder'
import { pageMetadata } from '@/lib/metadata'
import { type LanguageParams, pageLanguage } from '@/lib/i18n/addresses'
import { getTranslator } from '@/lib/i18n/messages'

// Static. A filtered list (/services?age=…) is rewritten by proxy.ts to /find/services/[filters],
// which is rendered once per distinct filter and then served from Next's cache.

export async function generateMetadata({ params }: LanguageParams) {
  const lang = await pageLanguage(params)
  const { t } = getTranslator(lang)
  return pageMetadata({
    title: t('nav.services'),
    description: t('services.description'),
    path: '/services',
    lang,
  })
}

export default async function ServicesPage({ params }: LanguageParams) {
  const lang = await pageLanguage(params)
  return <ServiceFinder filter={{}} errors={[]} lang={lang} />
}
