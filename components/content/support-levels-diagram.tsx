import Link from 'next/link'
import type { Service, SupportLevel } from '@/lib/content'

type Level = { level: SupportLevel; services: Service[] }

// Widest band = the help most families use; each step down is more intensive and reaches
// fewer families. Real text in an ordered list, so it reads in the same order it looks.
const WIDTHS = ['md:w-full', 'md:w-[88%]', 'md:w-[76%]', 'md:w-[64%]']
const SHADES = ['bg-[#e6f2f5]', 'bg-[#cce4eb]', 'bg-[#99c9d6]', 'bg-[#66aec2]']

export function SupportLevelsDiagram({ levels, headingLevel = 'h3' }: { levels: Level[]; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel
  return (
    <figure className="my-6" aria-labelledby="levels-caption">
      <figcaption id="levels-caption" className="mb-3 text-base text-muted">
        The levels of help, from the help every family can use (top) to the most intensive help (bottom).
        Most families only need the first levels.
      </figcaption>
      <ol className="flex flex-col items-center gap-2" role="list">
        {levels.map(({ level, services }, index) => (
          <li
            key={level.key}
            id={`level-${level.key}`}
            className={`w-full scroll-mt-4 border-2 border-brand-dark p-4 text-ink ${WIDTHS[index] ?? ''} ${SHADES[index] ?? ''}`}
          >
            <Heading className="text-xl">
              <span className="mr-2 inline-block rounded-full bg-brand-dark px-2 text-base text-white">
                <span className="sr-only">Level </span>
                {level.order}
              </span>
              {level.name}
            </Heading>
            <p className="mt-1">
              <strong>Who it is for:</strong> {level.whoFor}
            </p>
            <p className="mt-1">{level.summary}</p>
            {services.length > 0 ? (
              <p className="mt-1">
                <strong>For example: </strong>
                {services.map((service, i) => (
                  <span key={service.slug}>
                    {i > 0 ? ', ' : ''}
                    <Link href={service.url} className="text-brand-dark">
                      {service.name}
                    </Link>
                  </span>
                ))}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </figure>
  )
}
