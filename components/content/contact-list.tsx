import { getTranslator } from '@/lib/i18n/messages'
import { ContactCard, type ContactDetails } from './contact-card'

/** The contacts a document lists by key (front matter `contacts:`), under one heading. */
export function ContactList({ contacts, heading, id = 'contacts-heading', lang }: { contacts: ContactDetails[]; heading?: string; id?: string; lang: string }) {
  if (contacts.length === 0) return null
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-2xl">
        {heading ?? getTranslator(lang).t('contacts.heading')}
      </h2>
      <ul className="mt-3 grid gap-4 md:grid-cols-2" role="list">
        {contacts.map((contact) => (
          <li key={contact.name}>
            <ContactCard contact={contact} lang={lang} />
          </li>
        ))}
      </ul>
    </section>
  )
}
