import { MAX_QUERY_LENGTH } from '@/lib/search/query'

type Props = {
  /** Unique on the page: the header and the search page each have a form. */
  id: string
  /** Names the search landmark, so the two forms on /search can be told apart. */
  label: string
  defaultValue?: string
  invalid?: boolean
  describedBy?: string
  className?: string
}

// A plain GET form: it works without JavaScript and the results page is an ordinary URL.
// autoComplete off: the browser should not remember what a family searched for.
export function SearchForm({ id, label, defaultValue, invalid, describedBy, className }: Props) {
  return (
    <form role="search" aria-label={label} action="/search" method="get" className={`search-form ${className ?? ''}`}>
      <label htmlFor={id} className="sr-only">
        Search this site
      </label>
      <input
        id={id}
        name="q"
        type="search"
        className="search-input"
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        enterKeyHint="search"
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
      />
      <button type="submit" className="search-button">
        Search
      </button>
    </form>
  )
}
