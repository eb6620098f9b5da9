type Props = {
  errors: { href: string; message: string }[]
  /** Unique on the page: the feedback widget can show a summary on a page that has its own. */
  id?: string
}

/** GOV.UK-style error summary: listed first so screen reader users hear it before the form. */
export function ErrorSummary({ errors, id = 'error-summary' }: Props) {
  if (errors.length === 0) return null
  return (
    <div className="error-summary mt-6" role="alert" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`} className="text-xl">
        There is a problem
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
