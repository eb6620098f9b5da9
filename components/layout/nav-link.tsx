'use client'

import Link from 'next/link'
import { usePathname, useRouter } from 'next/navigation'
import { publicPath } from '@/lib/places/public-path'

// The only client part of the header: the server layout cannot know the current path.
// Nothing is fetched ahead just because the link is on screen (families on pay-as-you-go data
// pay for every page they never open); a pointer over the link, a touch or keyboard focus shows
// intent, and then the page is fetched so the click still feels instant.
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = publicPath(usePathname())
  const router = useRouter()
  const exact = pathname === href
  const within = !exact && href !== '/' && pathname.startsWith(`${href}/`)
  const prefetch = () => {
    if (!exact) router.prefetch(href)
  }
  return (
    <Link
      href={href}
      prefetch={false}
      onPointerEnter={prefetch}
      onTouchStart={prefetch}
      onFocus={prefetch}
      className="nav-link"
      aria-current={exact ? 'page' : within ? 'true' : undefined}
    >
      {children}
    </Link>
  )
}
