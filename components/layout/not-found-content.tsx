import { PhoneLink } from '@/components/content/phone-link'
import { getMainContact, getTerms, hasHubs } from '@/lib/content'
import { localPath } from '@/lib/i18n/addresses'
import { getTranslator } from '@/lib/i18n/messages'
import { NOT_FOUND_PAGE } from '@/lib/feedback/known-pages'
import { PageLayout } from './page-layout'

/** "Page not found" in one language: the not-found page of a language's pages and of the whole site. */
export function NotFoundContent({ lang }: { lang: string }) {
  const { t, rich } = getTranslator(lang)
  const central = getMainContact()
  const links = [
    { href: '/', label: t('notFound.home') },
    ...(hasHubs() ? [{ href: '/family-hubs', label: t('notFound.hubs', { hub: getTerms().hub }) }] : []),
    { href: '/services', label: t('notFound.services') },
    { href: '/guides', label: t('notFound.guides') },
  ]
  return (
    <PageLayout path={NOT_FOUND_PAGE} lang={lang} languageLinks={false}>
      <h1 className="text-4xl">{t('notFound.title')}</h1>
      <p className="mt-4">{t('notFound.typed')}</p>
      <p className="mt-2">{t('notFound.pasted')}</p>
      <p className="mt-2">{t('notFound.tryList')}</p>
      <ul className="mt-2 list-disc ps-6">
        {links.map((link) => (
          <li key={link.href}>
            <a href={localPath(lang, link.href)}>{link.label}</a>
          </li>
        ))}
      </ul>
      <p className="mt-4">{rich('notFound.helpNow', { name: central.name, phone: <PhoneLink phone={central.phone} /> })}</p>
    </PageLayout>
  )
}
