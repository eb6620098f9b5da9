import { EmailLink, PhoneLink } from './phone-link'
import type { Contact } from '@/lib/content'

export function ContactCard({ contact, headingLevel = 'h3' }: { contact: Contact; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel
  return (
    <div className="border-l-4 border-brand bg-panel p-4">
      <Heading className="text-xl">{contact.name}</Heading>
      <p className="mt-1">{contact.description}</p>
      <p className="mt-2">
        Phone: <PhoneLink phone={contact.phone} />
      </p>
      {contact.email ? (
        <p className="mt-1">
          Email: <EmailLink email={contact.email} />
        </p>
      ) : null}
      {contact.hours ? <p className="mt-1">{contact.hours}</p> : null}
    </div>
  )
}
