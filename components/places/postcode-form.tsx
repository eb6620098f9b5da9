import { getTerms } from '@/lib/content'
import { getExamplePostcode } from '@/lib/places/server'
import { PostcodeInput } from './postcode-input'

type Props = {
  /** What the person typed, shown back to them after an error. */
  value?: string
  error?: string
  /** The heading level the form sits under; the label is the question itself. */
  label?: string
}

/** A plain GET form to /family-hubs?postcode=: works without JavaScript and can be bookmarked. */
export function PostcodeForm({ value = '', error, label = 'Your postcode' }: Props) {
  const example = getExamplePostcode()
  return (
    <form method="get" action="/family-hubs" className="mt-3" role="search" aria-label={`Nearest ${getTerms().hub}`}>
      <div className={error ? 'border-s-4 border-warning ps-3' : undefined}>
        <label htmlFor="postcode" className="field-label">
          {label}
        </label>
        <span id="postcode-hint" className="field-hint">
          For example, <span className="whitespace-nowrap">{example.postcode}</span> or {example.outcode}. We only use it to work out distances and we do not keep it.
        </span>
        {error ? (
          <span id="postcode-error" className="field-error">
            <span className="sr-only">Error:</span> {error}
          </span>
        ) : null}
        <div className="mt-1 flex flex-wrap items-end gap-3">
          <PostcodeInput id="postcode" value={value} error={error} />
          <button type="submit" className="button">
            Find nearest hubs
          </button>
        </div>
      </div>
    </form>
  )
}
