import type { ReactNode } from 'react'
import { AskAboutService, ServiceLink } from '@/components/content/service-link'
import type { Service } from '@/lib/content'
import { AUDIENCE_LABELS } from '@/lib/content/enums'
import { formatAges } from '@/lib/format'

/** One service in a list: its name, summary, who it is for and who to ask. */
export function ServiceCard({ service, children }: { service: Service; children?: ReactNode }) {
  return (
    <li className="border-s-4 border-brand bg-panel p-4">
      <h4 className="text-lg font-bold">
        <ServiceLink service={service} />
      </h4>
      {children}
      <p className="mt-1">{service.summary}</p>
      <p className="mt-1 text-base text-muted">
        For: {AUDIENCE_LABELS[service.audience]}. {formatAges(service).replace(/^(\d)/, 'Ages $1')}.
      </p>
      <AskAboutService service={service} className="mt-1" />
    </li>
  )
}
