import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { siteSchema, type SiteData } from './schema'

/** content/site.yaml, validated, for tools that run outside the site (benchmarks, browser tests). */
export function readSiteFile(contentDir = process.env.CONTENT_DIR ?? 'content'): SiteData {
  return siteSchema.parse(parse(fs.readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')))
}
