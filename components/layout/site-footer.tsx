import Link from 'next/link'
import { EmailLink, PhoneLink } from '@/components/content/phone-link'
import { getTerms, type Contact } from '@/lib/content'

const FOOTER_LINKS = [
  { href: '/contact', label: 'Contact us' },
  { href: '/staying-safe-online', label: 'Staying safe online' },
  { href: '/accessibility', label: 'Accessibility statement' },
  { href: '/privacy', label: 'Privacy notice' },
  { href: '/open-data', label: 'Open data' },
] as const

export function SiteFooter({ organisationName, contacts }: { organisationName: string; contacts: Contact[] }) {
  return (
    <footer className="mt-12 border-t-4 border-brand bg-panel py-8 print:hidden">
      <div className="container-page grid gap-8 md:grid-cols-2">
        <section aria-labelledby="footer-contacts">
          <h2 id="footer-contacts" className="text-lg font-bold">
            Key contacts
          </h2>
          <ul className="mt-2 space-y-2" role="list">
            {contacts.map((contact) => (
              <li key={contact.key}>
                {contact.name}: {contact.phone ? <PhoneLink phone={contact.phone} /> : contact.email ? <EmailLink email={contact.email} /> : <a href={contact.website}>website</a>}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="footer-links">
          <h2 id="footer-links" className="text-lg font-bold">
            About this site
          </h2>
          <ul className="mt-2 space-y-2" role="list">
            {[...FOOTER_LINKS, { href: '/about-family-hubs', label: `About ${getTerms().hubs}` }].map((link) => (
              <li key={link.href}>
                <Link prefetch={false} href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
          <p className="mt-4">This site sets no cookies and does not track you.</p>
          <p className="mt-2">© {organisationName}</p>
        </section>
      </div>
    </footer>
  )
}
