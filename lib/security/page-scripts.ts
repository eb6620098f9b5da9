import fs from 'node:fs'
import path from 'node:path'
import { isRecognisedInlineScript } from './inline-scripts'
import { KNOWN_INLINE_SCRIPTS } from './known-inline-scripts'

// Pages ship as the HTML the server renders, without the framework's client runtime: none of
// them needs React in the browser (every feature works as plain HTML, and each enhancement is a
// small plain script, lib/enhance/). Next offers no setting for that in the App Router, so the
// production server takes out of each HTML page, as it goes out (prerendered, cached or rendered
// now), what Next adds for hydration and its client router:
// - <script src="/_next/…"> (React, Next's router, the client components' chunks),
// - <link rel="preload" as="script"> and <link rel="modulepreload"> for them,
// - the framework's inline scripts (as lib/security/inline-scripts.ts recognises them): Next's
//   `self.__next_f.push(…)` payload repeating the page for hydration, its bootstrap, Turbopack's
//   chunk list. The site's own (exit this page) stay; so does any other inline script, which the
//   CSP blocks and the server reports, as before (one injected through a bug in escaping).
// and adds the one deferred site script (<distDir>/static/enhance/, bundled by the build).
// Matching by what an element is, not by Next's exact markup, keeps this working through an
// upgrade; tests/e2e/no-framework.spec.ts fails if any of it comes back.

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
const LINK = /<link\b[^>]*>/gi
const SRC = /(?:^|\s)src\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i
const TYPE = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i
const REL = /(?:^|\s)rel\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i
const AS = /(?:^|\s)as\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i
const DATA_TYPES = new Set(['application/ld+json', 'application/json'])
const FRAMEWORK_PREFIX = '/_next/'

const attribute = (pattern: RegExp, attributes: string) => {
  const match = pattern.exec(attributes)
  return (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim()
}

const known = new Set(KNOWN_INLINE_SCRIPTS)

function keepScript(attributes: string, text: string, ownScript: string | undefined): boolean {
  const src = attribute(SRC, attributes)
  if (src !== '') return src === ownScript || !src.startsWith(FRAMEWORK_PREFIX)
  // Data blocks (structured data for search engines) are never run.
  if (DATA_TYPES.has(attribute(TYPE, attributes).toLowerCase())) return true
  return known.has(text) || !isRecognisedInlineScript(text)
}

function keepLink(tag: string): boolean {
  const rel = attribute(REL, tag).toLowerCase().split(/\s+/)
  if (rel.includes('modulepreload')) return false
  return !(rel.includes('preload') && attribute(AS, tag).toLowerCase() === 'script')
}

/** The page without the framework's scripts; with ownScript (a path), that script, deferred, in its head. */
export function withoutFrameworkScripts(html: string, ownScript?: string): string {
  let page = html
    .replace(SCRIPT, (element, attributes: string, text: string) => (keepScript(attributes, text, ownScript) ? element : ''))
    .replace(LINK, (tag) => (keepLink(tag) ? tag : ''))
  if (ownScript !== undefined && !page.includes(`src="${ownScript}"`)) page = page.replace(/<\/head>/i, `<script src="${ownScript}" defer=""></script></head>`)
  return page
}

/** Where the build writes the site's own script (scripts/build-enhance.ts), under <distDir>/static. */
export const ENHANCE_FOLDER = 'enhance'

/** The address of the site's own script in this build, if the build made one. */
export function enhanceScriptPath(distDir: string): string | undefined {
  const folder = path.join(distDir, 'static', ENHANCE_FOLDER)
  if (!fs.existsSync(folder)) return undefined
  const file = fs.readdirSync(folder).find((name) => /^site-[\w-]+\.js$/.test(name))
  return file === undefined ? undefined : `/_next/static/${ENHANCE_FOLDER}/${file}`
}

/** The rewrite the production server applies to every HTML page it sends. */
export function pageScriptRewrite(distDir: string): (html: string) => string {
  const ownScript = enhanceScriptPath(distDir)
  return (html) => withoutFrameworkScripts(html, ownScript)
}
