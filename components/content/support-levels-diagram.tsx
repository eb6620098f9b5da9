import { getTranslator } from '@/lib/i18n/messages'
import { Markdown } from './markdown'
import { AskLine, ServiceLink, whoToAsk, type WhoToAsk } from './service-link'
import { hasOwnPage, type Service, type SupportLevel } from '@/lib/content'
import { textAttributes } from '@/lib/i18n/text-language'

/** textLanguage: the language the council's text is in (lib/content/in-language.ts), marked where it is not the page's. */
type Level = { level: SupportLevel & { textLanguage?: string }; services: (Service & { textLanguage?: string })[] }

// Widest band = the help most families use; each step down is more intensive and reaches
// fewer families. Real text in an ordered list, so it reads in the same order it looks.
// Light shades keep link colours above 4.5:1 contrast on every band. The levels are content (two,
// four or six): each steps down one width, and the shades spread from lightest to darkest.
const WIDTHS = ['md:w-full', 'md:w-[88%]', 'md:w-[76%]', 'md:w-[64%]', 'md:w-[52%]', 'md:w-[40%]']
const SHADES = ['bg-[#f2f8fa]', 'bg-[#e3f0f4]', 'bg-[#d2e7ee]', 'bg-[#c0dde6]']

function bandClasses(index: number, count: number): string {
  const width = WIDTHS[Math.min(index, WIDTHS.length - 1)]
  const shade = SHADES[count <= 1 ? 0 : Math.round((index * (SHADES.length - 1)) / (count - 1))]
  return `${width ?? ''} ${shade ?? ''}`
}

/** Services with no page of their own, grouped by who to ask about them. */
function askAbout(services: Service[]) {
  const groups = new Map<string, { who: WhoToAsk; services: Service[] }>()
  for (const service of services) {
    const who = whoToAsk(service)
    if (!who) continue
    const group = groups.get(who.key) ?? { who, services: [] }
    group.services.push(service)
    groups.set(who.key, group)
  }
  return [...groups.values()]
}

export function SupportLevelsDiagram({ levels, headingLevel = 'h3', lang }: { levels: Level[]; headingLevel?: 'h2' | 'h3'; lang: string }) {
  const text = (textLanguage: string | undefined) => textAttributes(textLanguage, lang)
  const Heading = headingLevel
  const { t, rich, words } = getTranslator(lang)
  return (
    <figure className="my-6" aria-labelledby="levels-caption">
      <figcaption id="levels-caption" className="mb-3 text-base text-muted">
        {t('levels.caption')}
      </figcaption>
      <ol className="flex flex-col items-center gap-2" role="list">
        {levels.map(({ level, services }, index) => (
          <li
            key={level.key}
            id={`level-${level.key}`}
            className={`w-full scroll-mt-4 border-2 border-brand-dark p-4 text-ink ${bandClasses(index, levels.length)}`}
          >
            <Heading className="text-xl">
              <span className="me-2 inline-block rounded-full bg-brand-dark px-2 text-base text-white">
                <span className="sr-only">{t('levels.level')}</span>
                {level.order}
              </span>
              <span {...text(level.textLanguage)}>{level.name}</span>
            </Heading>
            <p className="mt-1">
              <strong>{t('levels.whoFor')}</strong> <span {...text(level.textLanguage)}>{level.whoFor}</span>
            </p>
            <div {...text(level.textLanguage)}>
              <Markdown html={level.body.html} />
            </div>
            {services.length > 0 ? (
              <p className="mt-1">
                <strong>{t('levels.services')}</strong>
                {services.map((service, i) => (
                  <span key={service.slug}>
                    {i > 0 ? t('list.separator') : ''}
                    <ServiceLink service={service} className={hasOwnPage(service) ? 'text-brand-dark' : undefined} {...text(service.textLanguage)} />
                  </span>
                ))}
              </p>
            ) : null}
            {askAbout(services).map(({ who, services: group }) => (
              <p key={who.key} className="mt-1">
                {rich('levels.ask', { services: words.or(group.map((service) => service.name)), ask: <AskLine who={who} lang={lang} /> })}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </figure>
  )
}
