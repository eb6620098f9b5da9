import type { MetadataRoute } from 'next'
import { getAllPaths, getSiteUrl } from '@/lib/content'
import { pageInEveryLanguage } from '@/lib/i18n/addresses'

export default function sitemap(): MetadataRoute.Sitemap {
  const base = getSiteUrl()
  const absolute = (path: string) => `${base}${path === '/' ? '' : path}`
  return getAllPaths().flatMap(({ path, lastModified }) => {
    const versions = pageInEveryLanguage(path)
    // Every version of a page names every version, itself included (hreflang), when there are several.
    const alternates = versions.length > 1 ? { alternates: { languages: Object.fromEntries(versions.map((version) => [version.language, absolute(version.path)])) } } : {}
    return versions.map((version) => ({
      url: absolute(version.path),
      ...(lastModified ? { lastModified } : {}),
      ...alternates,
    }))
  })
}
