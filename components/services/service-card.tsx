import type { ReactNode } from 'react'
import { AskAboutService, ServiceLink } from '@/components/content/service-link'
import type { Service } from '@/lib/content'
import { formatAges } from '@/lib/format'
import { getTranslator } from '@/lib/i18n/messages'
import { textAttributes } from '@/lib/i18n/text-language'

/** One service in a list: its name, summary, who it is for and who to ask. `lang`: the page's, where the service's text may be in another. */
export function ServiceCard({ service, lang, children }: { service: Service & { textLanguage?: string }; lang: string; children?: ReactNode }) {
  const { t, words } = getTranslator(lang)
  const stated = service.ageFrom !== undefined && service.ageTo !== undefined
  const text = textAttributes(service.textLanguage, lang)
  return (
    <li className="border-s-4 border-brand bg-panel p-4">
      <h4 className="text-lg font-bold">
        <ServiceLink service={service} {...text} />
      </h4>
      {children}
      <p className="mt-1" {...text}>{service.summary}</p>
      <p className="mt-1 text-base text-muted">
        {t('serviceCard.facts', { audience: t(`audience.${service.audience}`), ages: stated ? t('serviceCard.ages', { ages: formatAges(words, service) }) : formatAges(words, service) })}
      </p>
      <AskAboutService lang={lang} service={service} className="mt-1" />
    </li>
  )
}
