import Link from 'next/link'
import { getNeeds } from '@/lib/content'

/** Home page: start from what is going on, not from how the services are organised. */
export function NeedLinks() {
  return (
    <section aria-labelledby="needs-heading" className="mt-8">
      <h2 id="needs-heading" className="text-2xl">
        What do you need help with?
      </h2>
      <ul className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-2 md:grid-cols-3" role="list">
        {getNeeds().map((need) => (
          <li key={need.slug}>
            <Link prefetch={false} href={need.url}>{need.name}</Link>
          </li>
        ))}
      </ul>
      <p className="mt-3">
        <Link prefetch={false} href="/help">All help by need</Link>
      </p>
    </section>
  )
}
