import fs from 'node:fs'
import path from 'node:path'
import { OWN_ROUTE_PAGES } from '../site-pages'
import type { LoadedDocument } from './load'

// The addresses the site has, for checking links in the body: the app's fixed routes (found
// from app/**/page.tsx, so a new route needs no change here), every document's page, and the
// files in public/.

function walk(dir: string, found: string[] = []): string[] {
  if (!fs.existsSync(dir)) return found
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(full, found)
    else found.push(full)
  }
  return found
}

/**
 * The folder of every page, under the language's segment of the address (app/[lang]): /cy/help
 * in Welsh, /help in the default language, whose addresses have no segment (next.config.ts).
 */
export const LANGUAGE_FOLDER = '[lang]'

/** Routes without a dynamic segment, like /family-hubs or /contact, as the default language has them. */
export function fixedRoutes(appDir: string): string[] {
  return walk(appDir)
    .filter((file) => /^page\.(tsx|ts|jsx|js|mdx)$/.test(path.basename(file)))
    .map((file) => path.relative(appDir, path.dirname(file)).split(path.sep).filter((segment) => segment !== ''))
    .map((segments) => (segments[0] === LANGUAGE_FOLDER ? segments.slice(1) : segments))
    .filter((segments) => segments.every((segment) => !segment.startsWith('[') && !segment.startsWith('_') && !segment.startsWith('@')))
    .map((segments) => `/${segments.filter((segment) => !/^\(.*\)$/.test(segment)).join('/')}`)
}

export function publicFiles(publicDir: string): string[] {
  return walk(publicDir).map((file) => `/${path.relative(publicDir, file).split(path.sep).join('/')}`)
}

export function documentRoutes(documents: readonly LoadedDocument[]): string[] {
  return documents.flatMap((document) => {
    const { url } = document.kind
    return url ? [url(document.slug, document.data).replace(/#.*$/, '')] : []
  })
}

export type SiteAddresses = { pages: Set<string>; files: Set<string> }

/** Pages that only exist where the council has hub buildings (files in hubs/). */
export const HUB_ROUTES = new Set(['/family-hubs', '/find/nearest-hub'])

/** `contentImages`: the content folder's own images (lib/content/images.ts), served as /images/<name> once built. */
export function siteAddresses(documents: readonly LoadedDocument[], appDir: string, publicDir: string, contentImages: readonly string[] = []): SiteAddresses {
  const files = [...publicFiles(publicDir), ...contentImages]
  const hasHubs = documents.some((document) => document.kind.folder === 'hubs')
  const routes = fixedRoutes(appDir).filter((route) => hasHubs || !HUB_ROUTES.has(route))
  return {
    pages: new Set([...routes, ...documentRoutes(documents)]),
    files: new Set(files),
  }
}

/**
 * First parts of addresses the app itself uses (/search, /find, /api ...): a page in pages/ by one
 * of these names would be hidden by the app's own route, so it could never be shown. The pages
 * that fill in a route of their own (early-help, contact) are the exception.
 */
export function reservedPageNames(appDir: string): string[] {
  return [appDir, path.join(appDir, LANGUAGE_FOLDER)]
    .filter((dir) => fs.existsSync(dir))
    .flatMap((dir) => fs.readdirSync(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && !/^[[_(@]/.test(entry.name) && !OWN_ROUTE_PAGES.has(entry.name))
    .map((entry) => entry.name)
    .sort()
}
