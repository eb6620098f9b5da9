import { notFound } from 'next/navigation'
import { ContactList } from '@/components/content/contact-list'
import { LastReviewed } from '@/components/content/last-reviewed'
import { Markdown } from '@/components/content/markdown'
import { PageLayout } from '@/components/layout/page-layout'
import { getContactsByKey, getPage, getStandalonePages } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { pageLanguage } from '@/lib/i18n/addresses'
import { textAttributes } from '@/lib/i18n/text-language'
import { UntranslatedNote } from '@/components/content/untranslated-note'

// Free-standing content pages (accessibility, privacy, ...). Pages with their own route
// folder, like /early-help, are left out here.

type Props = { params: Promise<{ lang: string; slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getStandalonePages().map((page) => ({ slug: page.slug }))
}

export async function generateMetadata({ params }: Props) {
  const page = getPage((await params).slug, await pageLanguage(params))
  if (!page) return {}
  return pageMetadata({ title: page.title, description: page.description, path: page.url, lang: await pageLanguage(params) })
}

export default async function ContentPage({ params }: Props) {
  const lang = await pageLanguage(params)
  const page = getPage((await params).slug, lang)
  if (!page) notFound()
  const text = textAttributes(page.textLanguage, lang)
  return (
    <PageLayout lang={lang} path={page.url} breadcrumbs={{ trail: [], current: page.title }}>
      <UntranslatedNote lang={lang} textLanguage={page.textLanguage} />
      <h1 className="text-4xl" {...text}>{page.title}</h1>
      <p className="lede mt-4 max-w-3xl" {...text}>{page.description}</p>
      <div className="mt-6" {...text}>
        <Markdown html={page.body.html} />
      </div>
      <ContactList lang={lang} contacts={getContactsByKey(page.contacts)} />
      <LastReviewed lang={lang} date={page.lastReviewed} />
    </PageLayout>
  )
}
