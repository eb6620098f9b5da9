import { notFound } from 'next/navigation'
import { HelpsWith } from '@/components/content/helps-with'
import { LastReviewed } from '@/components/content/last-reviewed'
import { Markdown } from '@/components/content/markdown'
import { PageLayout } from '@/components/layout/page-layout'
import { AddToList } from '@/components/list/add-to-list'
import { getGuide, getGuides } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { pageLanguage } from '@/lib/i18n/addresses'
import { textAttributes } from '@/lib/i18n/text-language'
import { UntranslatedNote } from '@/components/content/untranslated-note'
import { getTranslator } from '@/lib/i18n/messages'

type Props = { params: Promise<{ lang: string; slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getGuides().map((guide) => ({ slug: guide.slug }))
}

export async function generateMetadata({ params }: Props) {
  const guide = getGuide((await params).slug, await pageLanguage(params))
  if (!guide) return {}
  return pageMetadata({ title: guide.title, description: guide.summary, path: guide.url, lang: await pageLanguage(params) })
}

export default async function GuidePage({ params }: Props) {
  const lang = await pageLanguage(params)
  const guide = getGuide((await params).slug, lang)
  if (!guide) notFound()
  const text = textAttributes(guide.textLanguage, lang)
  const { t } = getTranslator(lang)
  return (
    <PageLayout lang={lang} path={guide.url} breadcrumbs={{ trail: [{ href: '/guides', label: t('guides.title') }], current: guide.title }}>
      <UntranslatedNote lang={lang} textLanguage={guide.textLanguage} />
      <article>
        <p className="text-base font-bold uppercase tracking-wide text-muted">{t('guide.kind')}</p>
        <h1 className="text-4xl" {...text}>{guide.title}</h1>
        <p className="lede mt-4 max-w-3xl" {...text}>{guide.summary}</p>
        <p className="mt-2 text-base text-muted">{t('guide.for', { audience: t(`audience.${guide.audience}`) })}</p>
        <HelpsWith lang={lang} guide={guide.slug} />
        <div className="mt-6" {...text}>
          <Markdown html={guide.body.html} />
        </div>
        <AddToList lang={lang} item={{ kind: 'guide', slug: guide.slug }} />
        <LastReviewed lang={lang} date={guide.lastReviewed} reviewDue={guide.reviewDue} />
      </article>
    </PageLayout>
  )
}
