'use client'

import { useParams } from 'next/navigation'

// A not-found page is not given its route's params, but the language is in the address: this
// picks, while the server renders, the one of the page's versions (one per language, rendered by
// the server) whose segment the address has. It runs only on the server (no framework JavaScript
// reaches the browser), so only that version is in the page.
export function ByLanguage({ versions, fallback }: { versions: Record<string, React.ReactNode>; fallback: string }) {
  const { lang } = useParams()
  return versions[typeof lang === 'string' && lang in versions ? lang : fallback]
}
