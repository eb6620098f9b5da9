import { PageLayout } from '@/components/layout/page-layout'
import { getNeeds, getSite } from '@/lib/content'
import { type LanguageParams, localPath, pageLanguage } from '@/lib/i18n/addresses'
import { getTranslator } from '@/lib/i18n/messages'
import { pageMetadata } from '@/lib/metadata'
import { textAttributes } from '@/lib/i18n/text-language'

const site = getSite()

export async function generateMetadata({ params }: LanguageParams) {
  const lang = await pageLanguage(params)
  const { t } = getTranslator(lang)
  return pageMetadata({ title: t('help.title'), description: t('help.description', { city: site.city }), path: '/help', lang })
}

export default async function HelpPage({ params }: LanguageParams) {
  const lang = await pageLanguage(params)
  const { t } = getTranslator(lang)
  return (
    <PageLayout lang={lang} path="/help" breadcrumbs={{ trail: [], current: t('nav.help') }}>
      <h1 className="text-4xl">{t('help.title')}</h1>
      <p className="lede mt-4 max-w-3xl">{t('help.lede')}</p>
      <ul className="mt-6 grid gap-4 md:grid-cols-2" role="list">
        {getNeeds(lang).map((need) => (
          <li key={need.slug} className="border-s-4 border-brand bg-panel p-4" {...textAttributes(need.textLanguage, lang)}>
            <h2 className="text-xl">
              <a href={localPath(lang, need.url)}>{need.name}</a>
            </h2>
            <p className="mt-1">{need.summary}</p>
          </li>
        ))}
      </ul>
    </PageLayout>
  )
}
