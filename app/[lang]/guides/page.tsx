import { PageLayout } from '@/components/layout/page-layout'
import { getGuides } from '@/lib/content'
import { type LanguageParams, localPath, pageLanguage } from '@/lib/i18n/addresses'
import { getTranslator } from '@/lib/i18n/messages'
import { pageMetadata } from '@/lib/metadata'
import { textAttributes } from '@/lib/i18n/text-language'

export async function generateMetadata({ params }: LanguageParams) {
  const lang = await pageLanguage(params)
  const { t } = getTranslator(lang)
  return pageMetadata({ title: t('guides.title'), description: t('guides.description'), path: '/guides', lang })
}

export default async function GuidesPage({ params }: LanguageParams) {
  const lang = await pageLanguage(params)
  const { t, longDate } = getTranslator(lang)
  return (
    <PageLayout lang={lang} path="/guides" breadcrumbs={{ trail: [], current: t('guides.title') }}>
      <h1 className="text-4xl">{t('guides.title')}</h1>
      <p className="lede mt-4 max-w-3xl">{t('guides.lede')}</p>
      <ul className="mt-6 grid gap-4 md:grid-cols-2" role="list">
        {getGuides(lang).map((guide) => (
          <li key={guide.slug} className="border-s-4 border-brand bg-panel p-4">
            <h2 className="text-xl">
              <a href={localPath(lang, guide.url)} {...textAttributes(guide.textLanguage, lang)}>{guide.title}</a>
            </h2>
            <p className="mt-1" {...textAttributes(guide.textLanguage, lang)}>{guide.summary}</p>
            <p className="mt-1 text-base text-muted">{t('guides.reviewed', { date: longDate(guide.lastReviewed) })}</p>
          </li>
        ))}
      </ul>
    </PageLayout>
  )
}
