import { EmailLink, PhoneLink } from '@/components/content/phone-link'
import { getTerms, type Contact } from '@/lib/content'
import { localPath } from '@/lib/i18n/addresses'
import { getTranslator } from '@/lib/i18n/messages'

export function SiteFooter({ organisationName, contacts, lang }: { organisationName: string; contacts: Contact[]; lang: string }) {
  const { t } = getTranslator(lang)
  const links = [
    { href: '/contact', label: t('footer.contactUs') },
    { href: '/staying-safe-online', label: t('footer.stayingSafe') },
    { href: '/accessibility', label: t('footer.accessibility') },
    { href: '/privacy', label: t('footer.privacy') },
    { href: '/open-data', label: t('footer.openData') },
    { href: '/about-family-hubs', label: t('footer.aboutHubs', { hubs: getTerms().hubs }) },
  ]
  return (
    <footer className="mt-12 border-t-4 border-brand bg-panel py-8 print:hidden">
      <div className="container-page grid gap-8 md:grid-cols-2">
        <section aria-labelledby="footer-contacts">
          <h2 id="footer-contacts" className="text-lg font-bold">
            {t('footer.keyContacts')}
          </h2>
          <ul className="mt-2 space-y-2" role="list">
            {contacts.map((contact) => (
              <li key={contact.key}>
                {contact.name}: {contact.phone ? <PhoneLink phone={contact.phone} /> : contact.email ? <EmailLink email={contact.email} /> : <a href={contact.website}>{t('footer.website')}</a>}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="footer-links">
          <h2 id="footer-links" className="text-lg font-bold">
            {t('footer.about')}
          </h2>
          <ul className="mt-2 space-y-2" role="list">
            {links.map((link) => (
              <li key={link.href}>
                <a href={localPath(lang, link.href)}>{link.label}</a>
              </li>
            ))}
          </ul>
          <p className="mt-4">{t('footer.noCookies')}</p>
          <p className="mt-2">{t('footer.copyright', { organisation: organisationName })}</p>
        </section>
      </div>
    </footer>
  )
}
