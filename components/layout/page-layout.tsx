import { Feedback } from '@/components/feedback/feedback'
import { getSiteUrl } from '@/lib/content'
import { localPath } from '@/lib/i18n/addresses'
import { Breadcrumbs, type Crumb } from './breadcrumbs'
import { LanguageLinks } from './language-links'

type Props = {
  /** The page's language. */
  lang: string
  /** This page's path in the default language; the feedback widget reports against its path in `lang`. */
  path: string
  /** Pages below the top level show where they sit; the home page has none. */
  breadcrumbs?: { trail: Crumb[]; current: string }
  /** The address printed at the top, when it is not the page's path (a list's, with its query). */
  printAddress?: string
  /** Where a no-JavaScript feedback answer comes back to, when the page is its query (a list, search results), in the default language. */
  returnTo?: string
  /** False where the page has no twin in the other languages (the not-found page). */
  languageLinks?: boolean
  children: React.ReactNode
}

export function PageLayout({ lang, path, breadcrumbs, printAddress, returnTo, languageLinks = true, children }: Props) {
  const own = localPath(lang, path)
  return (
    <div className="container-page">
      {/* On paper, the page's own address, so a reader can find it again. */}
      <p className="hidden text-base print:block">{printAddress ?? `${getSiteUrl()}${own === '/' ? '' : own}`}</p>
      {languageLinks ? <LanguageLinks lang={lang} path={path} /> : null}
      {breadcrumbs ? <Breadcrumbs trail={breadcrumbs.trail} current={breadcrumbs.current} lang={lang} /> : null}
      <main id="main-content" tabIndex={-1} className="pb-8 pt-4 focus:outline-none">
        {children}
      </main>
      <Feedback path={own} returnTo={returnTo && localPath(lang, returnTo)} lang={lang} />
    </div>
  )
}
