import Link from 'next/link'
import { PageLayout } from '@/components/layout/page-layout'
import { getNeeds, getSite } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { type LanguageParams, pageLanguage } from '@/lib/i18n/addresses'

const site = getSite()

export async function generateMetadata({ params }: LanguageParams) {
  return pageMetadata({
    title: 'What do you need help with?',
    description: `Choose what your family needs help with to see what to do now, who to call and which services in ${site.city} can help.`,
    path: '/help',
    lang: await pageLanguage(params),
  })
}

export default async function HelpPage({ params }: LanguageParams) {
  const lang = await pageLanguage(params)
  return (
    <PageLayout lang={lang} path="/help" breadcrumbs={{ trail: [], current: 'Help' }}>
      <h1 className="text-4xl">What do you need help with?</h1>
      <p className="lede mt-4 max-w-3xl">
        Choose the one closest to what is going on. Each page says what to do now and who can help.
      </p>
      <ul className="mt-6 grid gap-4 md:grid-cols-2" role="list">
        {getNeeds().map((need) => (
          <li key={need.slug} className="border-s-4 border-brand bg-panel p-4">
            <h2 className="text-xl">
              <Link prefetch={false} href={need.url}>{need.name}</Link>
            </h2>
            <p className="mt-1">{need.summary}</p>
          </li>
        ))}
      </ul>
    </PageLayout>
  )
}
