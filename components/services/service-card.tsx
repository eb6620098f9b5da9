import type { ReactNode } from 'react'
import { AskAboutService, ServiceLink } from '@/components/content/service-link'
import type { Service } from '@/lib/content'
import { AUDIENCE_LABELS } from '@/lib/content/enums'
import { formatAges } from '@/lib/format'
import { textAttributes } from '@/lib/i18n/text-language'

/** One service in a list: its name, summary, who it is for and who to ask. `lang`: the page's, where the service's text may be in another. */
export function ServiceCard({ service, children, lang }: { service: Service & { textLanguage?: string }; children?: ReactNode; lang?: string }) {
  const text = lang === undefined ? {} : textAttributes(service.textLanguage, lang)
  return (
    <li className="border-s-4 border-brand bg-panel p-4">
      <h4 className="text-lg font-bold">
        <ServiceLink service={service} {...text} />
      </h4>
      {children}
      <p className="mt-1" {...text}>{service.summary}</p>
      <p className="mt-1 text-base text-muted">
        For: {AUDIENCE_LABELS[service.audience]}. {formatAges(service).replace(/^(\d)/, 'Ages $1')}.
      </p>
      <AskAboutService service={service} className="mt-1" />
    </li>
  )
}
