import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { languageSegment, siteLanguages } from './site-languages'

// Every page lives under its language's segment (app/[lang]), so the root layout knows the
// language and each language's pages are prerendered (generateStaticParams). The default
// language keeps the addresses it always had (/help, not /en-gb/help): next.config.ts rewrites
// an address that starts with no other language's segment into the default's. As an afterFiles
// rewrite it comes after the site's own files and fixed routes (/images, robots.txt, the
// sitemap), so those keep their addresses; /api, /admin and /_next are left out by name. An address written with the default
// segment (/en-gb/help) becomes /en-gb/en-gb/help, which is no page: each page has one address.

/** site.yaml's languages, read at build time by next.config.ts (the content check has checked them). */
export function buildLanguages(contentDir = process.env.CONTENT_DIR ?? 'content'): readonly string[] {
  const site: unknown = parse(fs.readFileSync(path.join(contentDir, 'site.yaml'), 'utf8'))
  const languages = typeof site === 'object' && site !== null && 'languages' in site && Array.isArray(site.languages) ? site.languages.filter((item) => typeof item === 'string') : undefined
  return siteLanguages({ languages })
}

export type Rewrite = { source: string; destination: string }

/** First segments of addresses that are in no language: the API, the editors' report and Next's own files. */
const UNLOCALISED = ['api', 'admin', '_next']

export function defaultLanguageRewrites(languages: readonly string[]): Rewrite[] {
  const [first, ...others] = languages.map(languageSegment)
  if (first === undefined) return []
  const escaped = others.map((segment) => segment.replace(/[-]/g, '\\-'))
  // path-to-regexp: any address whose first segment is not another language's, nor one of the
  // site's own routes outside the languages. Those with a dynamic part (the Open Referral feed,
  // /api/openreferral/v3/[[...path]]) are matched after afterFiles rewrites, so they are named here.
  const notAnother = `(?!(?:${[...escaped, ...UNLOCALISED].join('|')})(?:/|$))`
  return [
    { source: '/', destination: `/${first}` },
    { source: `/:first(${notAnother}[^/]+)/:rest*`, destination: `/${first}/:first/:rest*` },
  ]
}
