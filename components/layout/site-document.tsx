import { ContentProblemsGate } from '@/components/dev/content-problems-gate'
import { EnhanceInDev } from '@/components/dev/enhance-in-dev'
import { ExitThisPage, ExitThisPageScript } from '@/components/exit-this-page/exit-this-page'
import { getContacts, getSite, getSiteUrl } from '@/lib/content'
import { colourOverrides } from '@/lib/content/colours'
import { languageDirection } from '@/lib/content/languages'
import { getTranslator } from '@/lib/i18n/messages'
import { SiteFooter } from './site-footer'
import { SiteHeader } from './site-header'
import { SkipLink } from './skip-link'

/**
 * The whole document around a page in one language: the root layout's (app/[lang]/layout.tsx)
 * and the page for an address no route has (app/global-not-found.tsx), which has no layout.
 */
export function SiteDocument({ lang, children }: { lang: string; children: React.ReactNode }) {
  const site = getSite()
  const { t } = getTranslator(lang)
  // Printed links show their full address; CSS can only read it from a custom property. A
  // council's own colours (site.yaml) go in the same small style element, which is not in a
  // cascade layer, so it wins over the stylesheet's defaults without another request.
  const printBase = `:root{--site-url:${JSON.stringify(getSiteUrl())}}${colourOverrides(site.colours)}`
  return (
    <html lang={lang} dir={languageDirection(lang)}>
      {/* The document of app/[lang]/layout.tsx and app/global-not-found.tsx, so Next's pages-router rule does not apply. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <style>{printBase}</style>
        <ExitThisPageScript />
      </head>
      <body>
        <SkipLink href="#main-content">{t('layout.skipLink')}</SkipLink>
        <ExitThisPage href={site.exitPageUrl} lang={lang} />
        <SiteHeader siteName={site.siteName} notice={site.exampleNotice} lang={lang} />
        <ContentProblemsGate>{children}</ContentProblemsGate>
        <SiteFooter organisationName={site.organisationName} contacts={getContacts()} lang={lang} />
        {process.env.NODE_ENV === 'development' ? <EnhanceInDev /> : null}
      </body>
    </html>
  )
}
