import type { ContentsEntry } from '@/lib/markdown/headings'
import { getTranslator } from '@/lib/i18n/messages'

/** "Contents": links to the sections of a long page, so a reader on a phone can jump ahead. */
export function ContentsList({ entries, lang }: { entries: ContentsEntry[]; lang: string }) {
  const { t } = getTranslator(lang)
  return (
    <nav aria-labelledby="contents-heading" className="mt-6 border-s-4 border-brand ps-4">
      <h2 id="contents-heading" className="text-lg font-bold">
        {t('contents.heading')}
      </h2>
      <ol className="mt-2 list-decimal space-y-1 ps-6">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
