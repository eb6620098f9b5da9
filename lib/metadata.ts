import type { Metadata } from 'next'

/** Title, description and canonical URL (made absolute by metadataBase in the root layout). */
export function pageMetadata({ title, description, path }: { title: string; description: string; path: string }): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path, type: 'website', locale: 'en_GB' },
  }
}
