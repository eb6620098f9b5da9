import { closest, distance } from 'fastest-levenshtein'

// The pages in pages/ that the site itself needs, and where it shows them. The content check
// (checks/rules.ts), the content guide and `npm run new -- page` all read this one list.

/** Pages the site cannot do without, by file name: deleting one would break the page that shows it. */
export const REQUIRED_PAGES = ['early-help', 'about-family-hubs', 'professionals', 'contact', 'accessibility', 'privacy', 'staying-safe-online'] as const

export type RequiredPage = (typeof REQUIRED_PAGES)[number]

/** Where the site shows and links to each required page. */
export const REQUIRED_PAGE_USES: Record<RequiredPage, string> = {
  'early-help': 'the /early-help page: its title, opening and the text around the levels of help',
  'about-family-hubs': 'the /about-family-hubs page, what a hub is: linked from the home page, the hubs page and every page\'s footer',
  professionals: 'the /professionals page: the menu\'s "For professionals" link and the home page',
  contact: 'the /contact page: its title, opening and the text above the numbers to call',
  accessibility: 'the /accessibility page, the accessibility statement: linked from every page\'s footer',
  privacy: 'the /privacy page, the privacy notice: linked from every page\'s footer and the feedback form',
  'staying-safe-online': 'the /staying-safe-online page: linked from every page\'s footer and the "Exit this page" help',
}

/** Required pages with a route folder of their own (app/early-help, app/contact); app/[slug] serves the others. */
export const OWN_ROUTE_PAGES: ReadonlySet<string> = new Set<RequiredPage>(['early-help', 'contact'])

/** The required page a new page's file name looks like ("accessibility-statement", "privacy-notice", "acessibility"), if any. */
export function requiredPageLike(slug: string): RequiredPage | undefined {
  const near = closest(slug, [...REQUIRED_PAGES])
  if (near !== slug && distance(slug, near) <= 2) return REQUIRED_PAGES.find((page) => page === near)
  return REQUIRED_PAGES.find((page) => slug !== page && (slug.startsWith(`${page}-`) || slug.endsWith(`-${page}`)))
}
