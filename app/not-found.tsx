import Link from 'next/link'
import { PhoneLink } from '@/components/content/phone-link'
import { PageLayout } from '@/components/layout/page-layout'
import { getMainContact, getTerms, hasHubs } from '@/lib/content'

export const metadata = { title: 'Page not found', robots: { index: false } }

export default function NotFound() {
  const central = getMainContact()
  return (
    <PageLayout path="/404">
      <h1 className="text-4xl">Page not found</h1>
      <p className="mt-4">If you typed the web address, check it is correct.</p>
      <p className="mt-2">If you pasted the web address, check you copied the entire address.</p>
      <p className="mt-2">You could try:</p>
      <ul className="mt-2 list-disc pl-6">
        <li>
          <Link prefetch={false} href="/">the home page</Link>
        </li>
        {hasHubs() ? (
          <li>
            <Link prefetch={false} href="/family-hubs">finding your {getTerms().hub}</Link>
          </li>
        ) : null}
        <li>
          <Link prefetch={false} href="/services">the list of services</Link>
        </li>
        <li>
          <Link prefetch={false} href="/guides">one-minute guides for professionals</Link>
        </li>
      </ul>
      <p className="mt-4">
        If you need help now, call the {central.name} on <PhoneLink phone={central.phone} />.
      </p>
    </PageLayout>
  )
}
