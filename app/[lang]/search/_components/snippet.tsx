import type { SnippetPart } from '@/lib/search/engine'

/** The matched words in <mark>; React escapes every run, so content can never inject markup. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <p className="mt-1">
      {parts.map((part, index) => (part.mark ? <mark key={index}>{part.text}</mark> : part.text))}
    </p>
  )
}
