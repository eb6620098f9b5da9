import Link from 'next/link'
import { NavLink } from './nav-link'

export const PRIMARY_NAV = [
  { href: '/', label: 'Home' },
  { href: '/help', label: 'Help' },
  { href: '/family-hubs', label: 'Family Hubs' },
  { href: '/services', label: 'Services' },
  { href: '/early-help', label: 'Early help' },
  { href: '/guides', label: 'Guides' },
  { href: '/professionals', label: 'For professionals' },
  { href: '/contact', label: 'Contact' },
] as const

export function SiteHeader({ siteName }: { siteName: string }) {
  return (
    <header className="border-b-8 border-brand bg-ink text-white print:border-b-2 print:bg-white print:text-ink">
      <div className="container-page flex flex-col gap-2 py-3">
        <Link href="/" className="site-name text-xl font-bold leading-tight">
          {siteName}
        </Link>
        <nav aria-label="Main" className="print:hidden">
          <ul className="flex flex-wrap gap-x-5 gap-y-1" role="list">
            {PRIMARY_NAV.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
