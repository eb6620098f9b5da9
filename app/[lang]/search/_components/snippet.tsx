import type { SnippetPart } from '@/lib/search/engine'

/**
 * The matched words in <mark>; React escapes every run, so content can never inject markup.
 * lang and dir: the snippet's own, when it is text not yet translated into the page's language.
 */
export function Snippet({ parts, lang, dir }: { parts: SnippetPart[]; lang?: string; dir?: 'ltr' | 'rtl' }) {
  return (
    <p className="mt-1" lang={lang} dir={dir}>
      {parts.map((part, index) => (part.mark ? <mark key={index}>{part.text}</mark> : part.text))}
    </p>
  )
}
