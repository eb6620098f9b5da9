import { localPath } from '@/lib/i18n/addresses'
import { getTranslator } from '@/lib/i18n/messages'
import { MAX_QUERY_LENGTH } from '@/lib/search/query'

type Props = {
  /** Unique on the page: the header and the search page each have a form. */
  id: string
  /** Names the search landmark, so the two forms on /search can be told apart. */
  label: string
  /** The page's language: the form searches that language's pages. */
  lang: string
  defaultValue?: string
  invalid?: boolean
  describedBy?: string
  className?: string
}

// A plain GET form: it works without JavaScript and the results page is an ordinary URL.
// autoComplete off: the browser should not remember what a family searched for.
export function SearchForm({ id, label, lang, defaultValue, invalid, describedBy, className }: Props) {
  const { t } = getTranslator(lang)
  return (
    <form role="search" aria-label={label} action={localPath(lang, '/search')} method="get" className={`search-form ${className ?? ''}`}>
      <label htmlFor={id} className="sr-only">
        {t('search.label')}
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
        {t('search.button')}
      </button>
    </form>
  )
}
