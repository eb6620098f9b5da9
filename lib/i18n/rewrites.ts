import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { languageSegment, siteLanguages } from './site-languages'

// Every page lives under its language's segment (app/[lang]), so the root layout knows the
// language and each language's pages are prerendered (generateStaticParams). The default
// language keeps the addresses it always had (/help, not /en-gb/help): next.config.ts rewrites
// an address that starts with no other language's segment into the default's. As an afterFiles
// rewrite it comes after the site's own files and fixed routes (/api, /admin, /_next, /images,
// robots.txt, the sitemap), so those keep their addresses. An address written with the default
// segment (/en-gb/help) becomes /en-gb/en-gb/help, which is no page: each page has one address.

/** site.yaml's languages, read at build time by next.config.ts (the content check has checked them). */
export function buildLanguages(contentDir = process.env.CONTENT_DIR ?? 'content'): readonly string[] {
  const site: unknown = parse(fs.readFileSync(path.join(contentDir, 'site.yaml'), 'utf8'))
  const languages = typeof site === 'object' && site !== null && 'languages' in site && Array.isArray(site.languages) ? site.languages.filter((item) => typeof item === 'string') : undefined
  return siteLanguages({ languages })
}

export type Rewrite = { source: string; destination: string }

export function defaultLanguageRewrites(languages: readonly string[]): Rewrite[] {
  const [first, ...others] = languages.map(languageSegment)
  if (first === undefined) return []
  const escaped = others.map((segment) => segment.replace(/[-]/g, '\\-'))
  // path-to-regexp: any address whose first segment is not another language's.
  const notAnother = escaped.length > 0 ? `(?!(?:${escaped.join('|')})(?:/|$))` : ''
  return [
    { source: '/', destination: `/${first}` },
    { source: `/:first(${notAnother}[^/]+)/:rest*`, destination: `/${first}/:first/:rest*` },
  ]
}
