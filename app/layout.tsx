import type { Metadata, Viewport } from 'next'
import { ContentProblemsGate } from '@/components/dev/content-problems-gate'
import { EnhanceInDev } from '@/components/dev/enhance-in-dev'
import { ExitThisPage, ExitThisPageScript } from '@/components/exit-this-page/exit-this-page'
import { SiteFooter } from '@/components/layout/site-footer'
import { SiteHeader } from '@/components/layout/site-header'
import { SkipLink } from '@/components/layout/skip-link'
import { getContacts, getSite, getSiteUrl, getTerms, hasHubs } from '@/lib/content'
import { colourOverrides } from '@/lib/content/colours'
import './globals.css'

const site = getSite()

// Pages are the same for everyone: shared caches (nginx, a CDN) keep them 5 minutes, then serve
// them stale while one request refreshes them (expireTime in next.config.ts). Browsers keep none.
export const revalidate = 300

export const metadata: Metadata = {
  metadataBase: new URL(getSiteUrl()),
  title: { default: site.siteName, template: `%s – ${site.siteName}` },
  description: `${hasHubs() ? `Find your ${getTerms().hub} and early help` : 'Early help'} for children, young people and families in ${site.city}.`,
  applicationName: site.siteName,
  formatDetection: { telephone: false },
  robots: { index: true, follow: true },
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0b0c0c',
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  // Printed links show their full address; CSS can only read it from a custom property. A
  // council's own colours (site.yaml) go in the same small style element, which is not in a
  // cascade layer, so it wins over the stylesheet's defaults without another request.
  const printBase = `:root{--site-url:${JSON.stringify(getSiteUrl())}}${colourOverrides(site.colours)}`
  return (
    <html lang="en-GB">
      <head>
        <style>{printBase}</style>
        <ExitThisPageScript />
      </head>
      <body>
        <SkipLink href="#main-content">Skip to main content</SkipLink>
        <ExitThisPage href={site.exitPageUrl} />
        <SiteHeader siteName={site.siteName} notice={site.exampleNotice} />
        <ContentProblemsGate>{children}</ContentProblemsGate>
        <SiteFooter organisationName={site.organisationName} contacts={getContacts()} />
        {process.env.NODE_ENV === 'development' ? <EnhanceInDev /> : null}
      </body>
    </html>
  )
}
