import type { Metadata, Viewport } from 'next'
import { SiteDocument } from '@/components/layout/site-document'
import { getSite, getSiteUrl, getTerms, hasHubs } from '@/lib/content'
import { languageOfParam, languageParams } from '@/lib/i18n/addresses'
import { getTranslator } from '@/lib/i18n/messages'
import '../globals.css'

const site = getSite()

// Pages are the same for everyone: shared caches (nginx, a CDN) keep them 5 minutes, then serve
// them stale while one request refreshes them (expireTime in next.config.ts). Browsers keep none.
export const revalidate = 300

// One set of pages per language in site.yaml, each prerendered. No other segment reaches here:
// next.config.ts rewrites any address not in another language into the default's
// (lib/i18n/rewrites.ts). Pages rendered on request (a filtered list) take their params then.
export function generateStaticParams() {
  return languageParams()
}

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = getTranslator(languageOfParam((await params).lang))
  return {
    metadataBase: new URL(getSiteUrl()),
    title: { default: site.siteName, template: `%s – ${site.siteName}` },
    description: hasHubs() ? t('site.description', { hub: getTerms().hub, city: site.city }) : t('site.descriptionNoHubs', { city: site.city }),
    applicationName: site.siteName,
    formatDetection: { telephone: false },
    robots: { index: true, follow: true },
  }
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0b0c0c',
}

export default async function RootLayout({ children, params }: Props & { children: React.ReactNode }) {
  return <SiteDocument lang={languageOfParam((await params).lang)}>{children}</SiteDocument>
}
