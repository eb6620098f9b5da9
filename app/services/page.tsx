import Link from 'next/link'
import { ErrorSummary } from '@/components/forms/error-summary'
import { AskAboutService, ServiceLink } from '@/components/content/service-link'
import { PageLayout } from '@/components/layout/page-layout'
import { AUDIENCE_LABELS } from '@/lib/content/enums'
import { parseServiceFilter } from '@/lib/content/filters'
import { getServicesByLevel } from '@/lib/content'
import { formatAges } from '@/lib/format'
import { pageMetadata } from '@/lib/metadata'
import { ServiceFilterForm } from './_components/service-filter-form'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata = pageMetadata({
  title: 'Services',
  description: 'Early help services for children, young people and families, by level of help, age and who they are for.',
  path: '/services',
})

export default async function ServicesPage({ searchParams }: Props) {
  const { filter, values, errors } = parseServiceFilter(await searchParams)
  const groups = getServicesByLevel(filter)
  const total = groups.reduce((sum, group) => sum + group.services.length, 0)
  const filtered = filter.audience !== undefined || filter.age !== undefined

  return (
    <PageLayout path="/services" breadcrumbs={{ trail: [], current: 'Services' }}>
      <h1 className="text-4xl">Services</h1>
      <p className="lede mt-4 max-w-3xl">
        Services are grouped by the <Link prefetch={false} href="/early-help">level of help</Link> they give. Most families only need
        the first levels.
      </p>
      <ErrorSummary errors={errors.map((error) => ({ href: `#${error.field}`, message: error.message }))} />
      <ServiceFilterForm values={values} errors={errors} />

      <h2 className="mt-8 text-2xl" id="results">
        {total} {total === 1 ? 'service' : 'services'}
        {filtered ? ' match your filters' : ''}
      </h2>
      {total === 0 ? (
        <p className="mt-2">
          No service matches. Try another age, or <Link prefetch={false} href="/services">see all services</Link>.
        </p>
      ) : null}
      {groups
        .filter((group) => group.services.length > 0)
        .map(({ level, services }) => (
          <section key={level.key} aria-labelledby={`level-${level.key}`} className="mt-6">
            <h3 id={`level-${level.key}`} className="text-xl">
              {level.order}. {level.name}
            </h3>
            <p className="text-muted">{level.whoFor}</p>
            <ul className="mt-3 grid gap-4 md:grid-cols-2" role="list">
              {services.map((service) => (
                <li key={service.slug} className="border-l-4 border-brand bg-panel p-4">
                  <h4 className="text-lg font-bold">
                    <ServiceLink service={service} />
                  </h4>
                  <p className="mt-1">{service.summary}</p>
                  <p className="mt-1 text-base text-muted">
                    For: {AUDIENCE_LABELS[service.audience]}. Ages {formatAges(service)}.
                  </p>
                  <AskAboutService service={service} className="mt-1" />
                </li>
              ))}
            </ul>
          </section>
        ))}
    </PageLayout>
  )
}
