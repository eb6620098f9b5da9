import { SearchForm } from '@/components/search/search-form'
import { getLogo, getTerms, hasHubs } from '@/lib/content'
import { localPath } from '@/lib/i18n/addresses'
import { getDefaultLanguage, getTranslator } from '@/lib/i18n/messages'
import { languageSegment } from '@/lib/i18n/site-languages'
import { NavLink } from './nav-link'

/** The main navigation, in the page's language; the hubs' page only where the council has hub buildings. */
function primaryNav(lang: string): { href: string; label: string }[] {
  const { t } = getTranslator(lang)
  return [
    { href: '/', label: t('nav.home') },
    { href: '/help', label: t('nav.help') },
    ...(hasHubs() ? [{ href: '/family-hubs', label: getTerms().hubs }] : []),
    { href: '/services', label: t('nav.services') },
    { href: '/early-help', label: t('nav.earlyHelp') },
    { href: '/guides', label: t('nav.guides') },
    { href: '/professionals', label: t('nav.professionals') },
    { href: '/contact', label: t('nav.contact') },
  ].map((item) => ({ ...item, href: localPath(lang, item.href) }))
}

function NavLinks({ lang }: { lang: string }) {
  const renderedPrefix = `/${languageSegment(lang)}`
  const addressPrefix = lang === getDefaultLanguage() ? '' : renderedPrefix
  return (
    <ul className="site-nav-list" role="list">
      {primaryNav(lang).map((item, index) => (
        <li key={item.href}>
          <NavLink href={item.href} renderedPrefix={renderedPrefix} addressPrefix={addressPrefix} home={index === 0}>
            {item.label}
          </NavLink>
        </li>
      ))}
    </ul>
  )
}

// On phones the navigation folds into a Menu (details/summary: no JavaScript), so the header is
// two short rows and the page heading stays in the first screen. Wider screens show it in full.
// Only one of the two navigations is ever displayed, so assistive technology meets one.
export function SiteHeader({ siteName, notice, lang }: { siteName: string; notice?: string; lang: string }) {
  const logo = getLogo()
  const { t } = getTranslator(lang)
  return (
    <header className="site-header border-b-8 border-brand bg-ink text-white print:border-b-2 print:bg-white print:text-ink">
      {notice ? (
        <p className="example-notice">
          <strong>{t('header.exampleSite')}</strong> {notice}
        </p>
      ) : null}
      <div className="container-page site-header-bar">
        <a href={localPath(lang, '/')} className="site-name text-xl font-bold leading-tight">
          {logo ? (
            // A data: address from the content build: next/image would only add a request.
            // eslint-disable-next-line @next/next/no-img-element
            <img className="site-logo" src={logo.src} width={logo.width} height={logo.height} alt={logo.alt} />
          ) : null}
          <span>{siteName}</span>
        </a>
        <details className="site-menu print:hidden">
          <summary className="site-menu-button">{t('header.menu')}</summary>
          <nav aria-label={t('header.navLabel')} className="site-menu-panel">
            <NavLinks lang={lang} />
          </nav>
        </details>
        <SearchForm id="site-search" label={t('search.landmarkSite')} lang={lang} className="site-header-search print:hidden" />
      </div>
      <nav aria-label={t('header.navLabel')} className="container-page site-nav-wide print:hidden">
        <NavLinks lang={lang} />
      </nav>
    </header>
  )
}
