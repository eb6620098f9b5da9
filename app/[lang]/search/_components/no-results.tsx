import { PhoneLink } from '@/components/content/phone-link'
import { getTerms, hasHubs, type Contact } from '@/lib/content'
import { localPath } from '@/lib/i18n/addresses'
import { getTranslator } from '@/lib/i18n/messages'

function sections(lang: string): { href: string; label: string }[] {
  const { t } = getTranslator(lang)
  return [
    { href: '/help', label: t('noResults.byNeed') },
    ...(hasHubs() ? [{ href: '/family-hubs', label: t('home.hubsHeading', { hub: getTerms().hub }) }] : []),
    { href: '/services', label: t('noResults.allServices') },
    { href: '/guides', label: t('noResults.guides') },
    { href: '/contact', label: t('noResults.contact') },
  ]
}

export function NoResults({ query, suggestion, central, lang }: { query: string; suggestion?: string; central: Contact & { phone: string }; lang: string }) {
  const { t, rich } = getTranslator(lang)
  return (
    <div className="mt-4">
      <p className="text-xl font-bold">{t('noResults.none', { query })}</p>
      {suggestion ? (
        <p className="mt-2 text-xl">
          {rich('noResults.didYouMean', { suggestion: <a href={localPath(lang, `/search?q=${encodeURIComponent(suggestion)}`)}>{suggestion}</a> })}
        </p>
      ) : null}
      <p className="mt-4">{t('noResults.tryOther')}</p>
      <p className="mt-2">{rich('noResults.talk', { name: central.name, phone: <PhoneLink phone={central.phone} /> })}</p>
      <h2 className="mt-6 text-2xl">{t('noResults.otherWays')}</h2>
      <ul className="mt-2 list-disc space-y-1 ps-6">
        {sections(lang).map((section) => (
          <li key={section.href}>
            <a href={localPath(lang, section.href)}>{section.label}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}
