import Link from 'next/link'
import { EmailLink, PhoneLink } from './phone-link'
import { getTranslator } from '@/lib/i18n/messages'
import { getContactsByKey, hasOwnPage, type Service } from '@/lib/content'
import type { TextAttributes } from '@/lib/i18n/text-language'

/** A service's name, linked to its page when it has one (a service with no text has none). */
export function ServiceLink({ service, className, ...text }: { service: Service; className?: string } & TextAttributes) {
  if (!hasOwnPage(service)) return <span className={className} {...text}>{service.name}</span>
  return (
    <Link prefetch={false} href={service.url} className={className} {...text}>
      {service.name}
    </Link>
  )
}

export type WhoToAsk = { key: string; name: string; phone?: string; email?: string }

/**
 * Who to ask about a service with no page of its own: its own number if it has one, else its
 * first contact (the content check makes sure there is one of the two).
 */
export function whoToAsk(service: Service): WhoToAsk | undefined {
  if (hasOwnPage(service)) return undefined
  if (service.phone ?? service.email) return { key: `service-${service.slug}`, name: service.name, phone: service.phone, email: service.email }
  const [contact] = getContactsByKey(service.contacts)
  return contact ? { key: contact.key, name: contact.name, phone: contact.phone, email: contact.email } : undefined
}

/** "call 0113 ... (name)" or "email ... (name)". */
export function AskLine({ who, lang }: { who: WhoToAsk; lang: string }) {
  const { rich, t } = getTranslator(lang)
  if (who.phone) return rich('ask.call', { phone: <PhoneLink phone={who.phone} />, name: who.name })
  if (who.email) return rich('ask.email', { email: <EmailLink email={who.email} />, name: who.name })
  return t('ask.other', { name: who.name })
}

/** For a service with no page of its own: who to ask about it instead. */
export function AskAboutService({ service, className, lang }: { service: Service; className?: string; lang: string }) {
  const who = whoToAsk(service)
  if (!who) return null
  const { rich } = getTranslator(lang)
  return <p className={className}>{rich('ask.findOut', { ask: <AskLine who={who} lang={lang} /> })}</p>
}
