import type { MetadataRoute } from 'next'
import { getAllPaths, getSiteUrl } from '@/lib/content'

export default function sitemap(): MetadataRoute.Sitemap {
  const base = getSiteUrl()
  return getAllPaths().map(({ path, lastModified }) => ({
    url: `${base}${path === '/' ? '' : path}`,
    ...(lastModified ? { lastModified } : {}),
  }))
}
