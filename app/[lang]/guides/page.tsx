import Link from 'next/link'
import { PageLayout } from '@/components/layout/page-layout'
import { getGuides } from '@/lib/content'
import { formatDate } from '@/lib/format'
import { pageMetadata } from '@/lib/metadata'
import { type LanguageParams, pageLanguage } from '@/lib/i18n/addresses'

export async function generateMetadata({ params }: LanguageParams) {
  return pageMetadata({
    title: 'One-minute guides',
    description: 'Short guides for people who work with children: what each service is, why it matters, what to do and who to contact.',
    path: '/guides',
    lang: await pageLanguage(params),
  })
}

export default async function GuidesPage({ params }: LanguageParams) {
  const lang = await pageLanguage(params)
  return (
    <PageLayout lang={lang} path="/guides" breadcrumbs={{ trail: [], current: 'One-minute guides' }}>
      <h1 className="text-4xl">One-minute guides</h1>
      <p className="lede mt-4 max-w-3xl">
        Short guides for teachers, health visitors, social workers and everyone who works with children. Each one
        takes about a minute to read and prints on one page.
      </p>
      <ul className="mt-6 grid gap-4 md:grid-cols-2" role="list">
        {getGuides().map((guide) => (
          <li key={guide.slug} className="border-s-4 border-brand bg-panel p-4">
            <h2 className="text-xl">
              <Link prefetch={false} href={guide.url}>{guide.title}</Link>
            </h2>
            <p className="mt-1">{guide.summary}</p>
            <p className="mt-1 text-base text-muted">Reviewed {formatDate(guide.lastReviewed)}</p>
          </li>
        ))}
      </ul>
    </PageLayout>
  )
}
