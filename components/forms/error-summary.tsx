import { getTranslator } from '@/lib/i18n/messages'

type Props = {
  errors: { href: string; message: string }[]
  /** Unique on the page: the feedback widget can show a summary on a page that has its own. */
  id?: string
  lang: string
}

/** GOV.UK-style error summary: listed first so screen reader users hear it before the form. */
export function ErrorSummary({ errors, id = 'error-summary', lang }: Props) {
  if (errors.length === 0) return null
  return (
    <div className="error-summary mt-6" role="alert" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`} className="text-xl">
        {getTranslator(lang).t('errorSummary.title')}
      </h2>
      <ul className="mt-2">
        {errors.map((error) => (
          <li key={error.href}>
            <a href={error.href}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}
