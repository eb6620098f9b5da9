'use client'

import { usePathname } from 'next/navigation'
import { publicPath } from '@/lib/places/public-path'

type Props = {
  href: string
  /** The language's segment as the rendered path has it: /en-gb for the default language too (lib/i18n/rewrites.ts). */
  renderedPrefix: string
  /** The same as the address has it: '' for the default language, /cy for Welsh. */
  addressPrefix: string
  /** The home page link, which no other page is "within". */
  home?: boolean
  children: React.ReactNode
}

// The server layout cannot know the current path; a client component can, when the server renders
// it. It runs only there: pages ship no framework JavaScript (lib/security/page-scripts.ts), so
// this is a plain link and a page load, and its aria-current is what the server wrote.
export function NavLink({ href, renderedPrefix, addressPrefix, home = false, children }: Props) {
  const rendered = usePathname()
  const inLanguage = rendered === renderedPrefix || rendered.startsWith(`${renderedPrefix}/`) ? rendered.slice(renderedPrefix.length) || '/' : rendered
  const shown = publicPath(inLanguage)
  const pathname = `${addressPrefix}${shown === '/' && addressPrefix !== '' ? '' : shown}`
  const exact = pathname === href
  const within = !exact && !home && pathname.startsWith(`${href}/`)
  return (
    <a href={href} className="nav-link" aria-current={exact ? 'page' : within ? 'true' : undefined}>
      {children}
    </a>
  )
}
