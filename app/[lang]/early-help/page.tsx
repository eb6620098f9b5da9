import { ContentsList } from '@/components/content/contents-list'
import { LastReviewed } from '@/components/content/last-reviewed'
import { Markdown } from '@/components/content/markdown'
import { RiskPanel, riskHeading } from '@/components/content/risk-panel'
import { SupportLevelsDiagram } from '@/components/content/support-levels-diagram'
import { PageLayout } from '@/components/layout/page-layout'
import { getEmergencyContact, getLevelServices, getSafeguardingContact, getSite, getSupportLevels, requirePage } from '@/lib/content'
import { headingsOf } from '@/lib/markdown/headings'
import { getTranslator } from '@/lib/i18n/messages'
import { pageMetadata } from '@/lib/metadata'
import { type LanguageParams, pageLanguage } from '@/lib/i18n/addresses'
import { textAttributes } from '@/lib/i18n/text-language'
import { UntranslatedNote } from '@/components/content/untranslated-note'

export async function generateMetadata({ params }: LanguageParams) {
  const page = requirePage('early-help', await pageLanguage(params))
  return pageMetadata({ title: page.title, description: page.description, path: page.url, lang: await pageLanguage(params) })
}


export default async function EarlyHelpPage({ params }: LanguageParams) {
  const lang = await pageLanguage(params)
  const LEVELS = { id: 'levels-heading', text: getTranslator(lang).t('home.levelsHeading') }
  const page = requirePage('early-help', lang)
  const text = textAttributes(page.textLanguage, lang)
  const levels = getSupportLevels(lang).map((level) => ({ level, services: getLevelServices(level, lang) }))
  return (
    <PageLayout lang={lang} path={page.url} breadcrumbs={{ trail: [], current: page.title }}>
      <UntranslatedNote lang={lang} textLanguage={page.textLanguage} />
      <h1 className="text-4xl" {...text}>{page.title}</h1>
      <p className="lede mt-4 max-w-3xl" {...text}>{page.description}</p>
      <ContentsList lang={lang} entries={[LEVELS, ...headingsOf(page.body.raw), riskHeading(lang)]} />

      <section aria-labelledby={LEVELS.id} className="mt-8">
        <h2 id={LEVELS.id} className="text-2xl">
          {LEVELS.text}
        </h2>
        <SupportLevelsDiagram levels={levels} lang={lang} />
      </section>

      <div {...text}>
        <Markdown html={page.body.html} />
      </div>

      <RiskPanel lang={lang}
        dutyAndAdvice={getSafeguardingContact()}
        emergency={getEmergencyContact()}
        guidance={getSite().emergencyGuidance}
      />
      <LastReviewed lang={lang} date={page.lastReviewed} />
    </PageLayout>
  )
}
