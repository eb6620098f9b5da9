import type { Metadata } from 'next'
import { NotFoundContent } from '@/components/layout/not-found-content'
import { SiteDocument } from '@/components/layout/site-document'
import { getSite, getSiteUrl } from '@/lib/content'
import { getDefaultLanguage, getTranslator } from '@/lib/i18n/messages'
import './globals.css'

// An address no route has (/help/a/b, /en-gb/help): no language's layout applies, so the page is
// whole here, in the default language.
export const metadata: Metadata = {
  metadataBase: new URL(getSiteUrl()),
  title: `${getTranslator().t('notFound.title')} – ${getSite().siteName}`,
  robots: { index: false },
}

export default function GlobalNotFound() {
  const lang = getDefaultLanguage()
  return (
    <SiteDocument lang={lang}>
      <NotFoundContent lang={lang} />
    </SiteDocument>
  )
}
