import Link from 'next/link'
import { getNeedsForGuide, getNeedsForService } from '@/lib/content'

type Props = { service: string; guide?: never } | { guide: string; service?: never }

/** The needs that point at this service or guide, so a reader can go from it back to the need. */
export function HelpsWith(props: Props) {
  const needs = props.service !== undefined ? getNeedsForService(props.service) : getNeedsForGuide(props.guide)
  if (needs.length === 0) return null
  return (
    <p className="mt-6">
      <span className="font-bold">Helps with: </span>
      {needs.map((need, index) => (
        <span key={need.slug}>
          {index > 0 ? ', ' : null}
          <Link prefetch={false} href={need.url}>{need.name}</Link>
        </span>
      ))}
    </p>
  )
}
