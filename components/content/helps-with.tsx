import Link from 'next/link'
import { getNeedsForGuide, getNeedsForService } from '@/lib/content'
import { getTranslator } from '@/lib/i18n/messages'

type Props = ({ service: string; guide?: never } | { guide: string; service?: never }) & { lang: string }

/** The needs that point at this service or guide, so a reader can go from it back to the need. */
export function HelpsWith(props: Props) {
  const needs = props.service !== undefined ? getNeedsForService(props.service) : getNeedsForGuide(props.guide)
  if (needs.length === 0) return null
  const { t } = getTranslator(props.lang)
  return (
    <p className="mt-6">
      <span className="font-bold">{t('helpsWith.label')}</span>
      {needs.map((need, index) => (
        <span key={need.slug}>
          {index > 0 ? t('list.separator') : null}
          <Link prefetch={false} href={need.url}>{need.name}</Link>
        </span>
      ))}
    </p>
  )
}
