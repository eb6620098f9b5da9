import type { ContentsEntry } from '@/lib/markdown/headings'

/** "Contents": links to the sections of a long page, so a reader on a phone can jump ahead. */
export function ContentsList({ entries }: { entries: ContentsEntry[] }) {
  return (
    <nav aria-labelledby="contents-heading" className="mt-6 border-s-4 border-brand ps-4">
      <h2 id="contents-heading" className="text-lg font-bold">
        Contents
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
