import { ServiceFinder } from '@/components/services/service-finder'
import { pageMetadata } from '@/lib/metadata'
import { type LanguageParams, pageLanguage } from '@/lib/i18n/addresses'

// Static. A filtered list (/services?age=…) is rewritten by proxy.ts to /find/services/[filters],
// which is rendered once per distinct filter and then served from Next's cache.

export async function generateMetadata({ params }: LanguageParams) {
  return pageMetadata({
    title: 'Services',
    description: 'Early help services for children, young people and families: filter by age, need, level of help, how to get it, cost, language and times, or find those nearest a postcode.',
    path: '/services',
    lang: await pageLanguage(params),
  })
}

export default async function ServicesPage({ params }: LanguageParams) {
  const lang = await pageLanguage(params)
  return <ServiceFinder filter={{}} errors={[]} lang={lang} />
}
