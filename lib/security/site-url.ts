import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
// Relative, not '@/': next.config.ts imports this file, and its loader knows no path aliases.
import { parseEnv, parseSiteUrl } from '../env'

// SITE_URL is read at BUILD time: prerendered pages (canonical links, the sitemap) are written
// then, so next.config.ts also fixes it into every dynamic page. Changing it means rebuilding.
// A start with another SITE_URL would silently serve the old one, so the server refuses it.

/** The address the build will use: SITE_URL, or siteUrl in content/site.yaml. */
export function buildSiteUrl(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = parseEnv(env).SITE_URL
  if (fromEnv) return fromEnv
  const file = path.join(env.CONTENT_DIR ?? 'content', 'site.yaml')
  const data: unknown = parse(readFileSync(file, 'utf8'))
  const value = typeof data === 'object' && data !== null && 'siteUrl' in data ? String(data.siteUrl) : ''
  const parsed = parseSiteUrl(value)
  if (!parsed) throw new Error(`${file}: siteUrl: "${value}" is not a web address: use the public address, like https://familyhubs.example.org`)
  return parsed
}

/** The SITE_URL the build in distDir was made with, if it recorded one. */
export function builtSiteUrl(distDir: string): string | undefined {
  const file = path.join(distDir, 'required-server-files.json')
  if (!existsSync(file)) return undefined
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'))
  if (typeof data !== 'object' || data === null || !('config' in data)) return undefined
  const { config } = data
  if (typeof config !== 'object' || config === null || !('env' in config)) return undefined
  const { env } = config
  return typeof env === 'object' && env !== null && 'SITE_URL' in env && typeof env.SITE_URL === 'string' ? env.SITE_URL : undefined
}

/** A loud message when the start's SITE_URL differs from the build's; undefined when all is well. */
export function siteUrlMismatch(atStart: string | undefined, atBuild: string | undefined): string | undefined {
  if (atStart === undefined || atBuild === undefined || atStart === atBuild) return undefined
  const line = '='.repeat(78)
  return [
    line,
    'SITE_URL MISMATCH: the server will not start.',
    `  This build was made with SITE_URL=${atBuild}`,
    `  but the server was started with SITE_URL=${atStart}.`,
    '  Prerendered pages (canonical links, the sitemap) keep the address they were built with.',
    `  Fix: rebuild with SITE_URL=${atStart} (npm run build), or start without SITE_URL.`,
    line,
  ].join('\n')
}
