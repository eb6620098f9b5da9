import { OpenNow } from '@/components/opening-times/open-now'
import { getTranslator } from '@/lib/i18n/messages'
import { EmailLink, PhoneLink } from './phone-link'
import type { Contact } from '@/lib/content'

/** A contact from contacts/, or a service's own details shown the same way. */
export type ContactDetails = Pick<Contact, 'name' | 'description' | 'phone' | 'email' | 'website' | 'hours' | 'openingTimes' | 'closedDates'>

export function ContactCard({ contact, headingLevel = 'h3', lang }: { contact: ContactDetails; headingLevel?: 'h2' | 'h3'; lang: string }) {
  const Heading = headingLevel
  const { rich } = getTranslator(lang)
  return (
    <div className="border-s-4 border-brand bg-panel p-4">
      <Heading className="text-xl">{contact.name}</Heading>
      <p className="mt-1">{contact.description}</p>
      {contact.phone ? (
        <p className="mt-2">{rich('contacts.phone', { phone: <PhoneLink phone={contact.phone} /> })}</p>
      ) : null}
      {contact.email ? (
        <p className="mt-1">{rich('contacts.email', { email: <EmailLink email={contact.email} /> })}</p>
      ) : null}
      {contact.website ? (
        <p className="mt-1">
          {/* A long address may break anywhere, so the card fits a 320 px screen. */}
          {rich('contacts.website', {
            website: (
              <a href={contact.website} dir="ltr" className="wrap-anywhere">
                {contact.website.replace(/^https:\/\//, '')}
              </a>
            ),
          })}
        </p>
      ) : null}
      {contact.hours ? <p className="mt-1">{contact.hours}</p> : null}
      {contact.openingTimes ? (
        <p className="mt-1 font-bold">
          <OpenNow lang={lang} times={contact.openingTimes} closedDates={contact.closedDates} madeAt={new Date()} />
        </p>
      ) : null}
    </div>
  )
}
