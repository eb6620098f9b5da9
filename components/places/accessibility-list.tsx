import type { AccessibilityFeature } from '@/lib/content/enums'
import { getTranslator } from '@/lib/i18n/messages'

type Props = { lang: string; features?: readonly AccessibilityFeature[]; notes?: string; heading: string; headingId: string; headingLevel?: 'h2' | 'h3' | 'h4' }

/** What a hub or venue has for people who need it to get in and stay. Nothing at all when its content says nothing. */
export function AccessibilityList({ lang, features = [], notes, heading, headingId, headingLevel = 'h2' }: Props) {
  if (features.length === 0 && !notes) return null
  const Heading = headingLevel
  const { t } = getTranslator(lang)
  return (
    <>
      <Heading id={headingId} className={headingLevel === 'h2' ? 'text-2xl' : 'mt-4 text-lg font-bold'}>
        {heading}
      </Heading>
      {features.length > 0 ? (
        <ul className="mt-2 list-disc ps-6">
          {features.map((feature) => (
            <li key={feature}>{t(`accessibility.${feature}`)}</li>
          ))}
        </ul>
      ) : null}
      {notes ? <p className="mt-2">{notes}</p> : null}
    </>
  )
}
