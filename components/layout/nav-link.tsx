'use client'

import { usePathname } from 'next/navigation'
import { publicPath } from '@/lib/places/public-path'

// The server layout cannot know the current path; a client component can, when the server renders
// it. It runs only there: pages ship no framework JavaScript (lib/security/page-scripts.ts), so
// this is a plain link and a page load, and its aria-current is what the server wrote.
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = publicPath(usePathname())
  const exact = pathname === href
  const within = !exact && href !== '/' && pathname.startsWith(`${href}/`)
  return (
    <a href={href} className="nav-link" aria-current={exact ? 'page' : within ? 'true' : undefined}>
      {children}
    </a>
  )
}
