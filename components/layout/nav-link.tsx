'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

// The only client part of the header: the server layout cannot know the current path.
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname()
  const exact = pathname === href
  const within = !exact && href !== '/' && pathname.startsWith(`${href}/`)
  return (
    <Link href={href} className="nav-link" aria-current={exact ? 'page' : within ? 'true' : undefined}>
      {children}
    </Link>
  )
}
