import { site } from 'contentlayer/generated'
import { languageOfPathIn, languageSegment, siteLanguages } from './site-languages'

// Which language an address is in, from the address alone, for code outside the React server
// (proxy.ts and the production server's page cache, which cannot load server-only modules).

const LANGUAGES = siteLanguages(site)
const OTHER_SEGMENTS = new Set(LANGUAGES.slice(1).map(languageSegment))

/** "/cy/services" -> { prefix: "/cy", rest: "/services" }; the default language's have no prefix. */
export function splitLanguage(pathname: string): { prefix: string; rest: string } {
  const segment = pathname.split('/')[1] ?? ''
  if (!OTHER_SEGMENTS.has(segment)) return { prefix: '', rest: pathname }
  return { prefix: `/${segment}`, rest: pathname.slice(segment.length + 1) || '/' }
}

/** The language of the page at `pathname`: "/cy/services" is Welsh, "/services" the default language. */
export function languageOfPath(pathname: string): string {
  return languageOfPathIn(LANGUAGES, pathname)
}
