import Link from 'next/link'
import { SearchForm } from '@/components/search/search-form'
import { getLogo, getTerms, hasHubs } from '@/lib/content'
import { NavLink } from './nav-link'

/** The main navigation; the hubs' page only where the council has hub buildings. */
function primaryNav(): { href: string; label: string }[] {
  return [
    { href: '/', label: 'Home' },
    { href: '/help', label: 'Help' },
    ...(hasHubs() ? [{ href: '/family-hubs', label: getTerms().hubs }] : []),
    { href: '/services', label: 'Services' },
    { href: '/early-help', label: 'Early help' },
    { href: '/guides', label: 'Guides' },
    { href: '/professionals', label: 'For professionals' },
    { href: '/contact', label: 'Contact' },
  ]
}

function NavLinks() {
  return (
    <ul className="site-nav-list" role="list">
      {primaryNav().map((item) => (
        <li key={item.href}>
          <NavLink href={item.href}>{item.label}</NavLink>
        </li>
      ))}
    </ul>
  )
}

// On phones the navigation folds into a Menu (details/summary: no JavaScript), so the header is
// two short rows and the page heading stays in the first screen. Wider screens show it in full.
// Only one of the two navigations is ever displayed, so assistive technology meets one.
export function SiteHeader({ siteName, notice }: { siteName: string; notice?: string }) {
  const logo = getLogo()
  return (
    <header className="site-header border-b-8 border-brand bg-ink text-white print:border-b-2 print:bg-white print:text-ink">
      {notice ? (
        <p className="example-notice">
          <strong>Example site:</strong> {notice}
        </p>
      ) : null}
      <div className="container-page site-header-bar">
        <Link prefetch={false} href="/" className="site-name text-xl font-bold leading-tight">
          {logo ? (
            // A data: address from the content build: next/image would only add a request.
            // eslint-disable-next-line @next/next/no-img-element
            <img className="site-logo" src={logo.src} width={logo.width} height={logo.height} alt={logo.alt} />
          ) : null}
          <span>{siteName}</span>
        </Link>
        <details className="site-menu print:hidden">
          <summary className="site-menu-button">Menu</summary>
          <nav aria-label="Main" className="site-menu-panel">
            <NavLinks />
          </nav>
        </details>
        <SearchForm id="site-search" label="Site" className="site-header-search print:hidden" />
      </div>
      <nav aria-label="Main" className="container-page site-nav-wide print:hidden">
        <NavLinks />
      </nav>
    </header>
  )
}
