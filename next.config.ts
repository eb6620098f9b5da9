import { execFileSync } from 'node:child_process'
import type { NextConfig } from 'next'
import packageJson from './package.json' with { type: 'json' }
import { fixedHeaderList } from './lib/security/headers'
import { CORS_HEADERS, OPEN_REFERRAL_BASE } from './lib/openreferral/http'
import { buildSiteUrl } from './lib/security/site-url'
import { buildLanguages, defaultLanguageRewrites } from './lib/i18n/rewrites'

/** What /api/health reports: the package version and the commit it was built from. */
function buildVersion(): string {
  if (process.env.APP_VERSION) return process.env.APP_VERSION
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    return `${packageJson.version}+${commit}`
  } catch {
    return packageJson.version
  }
}

const nextConfig: NextConfig = {
  // Lets parallel test runs build side by side without sharing one output folder.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // A self-contained server in <distDir>/standalone for production instances (docs/deploy.md).
  output: 'standalone',
  // Content is read at run time by the dynamic routes (feedback, the service filter).
  outputFileTracingIncludes: { '/**': ['./content/**/*'] },
  // Never ship the build machine's feedback database or the project's own tests with the server.
  outputFileTracingExcludes: { '/**': ['./data/**/*', './tests/**/*', './test-results/**/*'] },
  // Pages are cached by proxies for minutes (revalidate in app/layout.tsx), then served stale
  // for at most this long while one request refreshes them: never a year.
  expireTime: 3600,
  // SITE_URL is read at build time and fixed into every page, prerendered or dynamic (lib/security/site-url.ts).
  env: { APP_VERSION: buildVersion(), SITE_URL: buildSiteUrl() },
  reactStrictMode: true,
  // npm test runs tsc over the whole project just before it builds (scripts/test-all.sh): the
  // build need not check the same types again. A build on its own still checks them.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === '1' },
  // Pages rendered while the site runs (a filtered service list, a page revalidated after 5
  // minutes) stay in Next's memory cache (an LRU of cacheMaxMemorySize, below) instead of being
  // written to disk too: so no sequence of requests can fill the disk, and a restarted
  // server starts again from the build's own pages.
  // globalNotFound: an address no route matches gets app/global-not-found.tsx, a whole page with
  // its own <html>, since the root layout is in the language's segment (app/[lang]/layout.tsx).
  experimental: { isrFlushToDisk: false, globalNotFound: true },
  // 16 MB, not 50: the server's own page cache (PAGE_CACHE_MB) keeps the same pages, compressed and
  // with their policy, for their s-maxage; this one only spares a re-render after that. Counted
  // in Next's units (text length), it held more than it counts (bench:abuse's memory case).
  cacheMaxMemorySize: 16 * 1024 * 1024,
  // The custom server (server.ts) compresses, after it has read each page to hash its scripts.
  compress: false,
  // The default language's pages keep addresses without a language segment (lib/i18n/rewrites.ts).
  async rewrites() {
    return { beforeFiles: [], afterFiles: defaultLanguageRewrites(buildLanguages()), fallback: [] }
  },
  async headers() {
    // The server sets these on every response; this covers `next dev`, which does not use it.
    // Next applies these in production too, after the route's own: the later rule wins for the
    // Open Referral feed, which other sites' scripts may read (CORS, cross-origin resource policy).
    return [
      { source: '/:path*', headers: fixedHeaderList() },
      { source: `${OPEN_REFERRAL_BASE}/:path*`, headers: Object.entries(CORS_HEADERS).map(([key, value]) => ({ key, value })) },
    ]
  },
}

export default nextConfig
