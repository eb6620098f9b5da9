import Link from 'next/link'
import type { FilterError, FilterKey, ServiceFilter } from '@/lib/content/filters'
import { FinderChoices, type ChoiceField } from './service-finder-choices'
import { PostcodeInput } from '@/components/places/postcode-input'
import { getTranslator } from '@/lib/i18n/messages'

export type FilterOption = { value: string; label: string }
export type FilterField = { key: FilterKey; label: string; options: FilterOption[] }

type Props = {
  lang: string
  fields: FilterField[]
  /** Radio groups and the "Free only" box: only those some service can match. */
  choices: ChoiceField[]
  filter: ServiceFilter
  errors: FilterError[]
  postcode: { value: string; error?: string; example: { postcode: string; outcode: string } }
}

/** A plain GET form: the same with or without JavaScript, and the address can be shared. */
export function ServiceFinderForm({ lang, fields, choices, filter, errors, postcode }: Props) {
  const { t } = getTranslator(lang)
  return (
    <form method="get" action="/services" className="panel mt-6" aria-labelledby="filter-heading" noValidate>
      <h2 id="filter-heading" className="text-2xl">
        {t('finder.formHeading')}
      </h2>
      <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {fields.map((field) => {
          const error = errors.find((candidate) => candidate.field === field.key)
          return (
            // Packed at the bottom, so the menus in a row line up when one label wraps.
            <div key={field.key} className={`flex flex-col justify-end ${error ? 'border-s-4 border-warning ps-3' : ''}`}>
              <label htmlFor={`filter-${field.key}`} className="field-label">
                {field.label}
              </label>
              {error ? (
                <span id={`filter-${field.key}-error`} className="field-error">
                  <span className="sr-only">{t('feedback.errorPrefix')}</span>
                  {t(`finderError.${field.key}`)}
                </span>
              ) : null}
              <select
                id={`filter-${field.key}`}
                name={field.key}
                defaultValue={filter[field.key] ?? ''}
                aria-describedby={error ? `filter-${field.key}-error` : undefined}
                aria-invalid={error ? true : undefined}
                className={`field-input mt-1 w-full ${error ? 'border-warning' : ''}`}
              >
                <option value="">{t('finder.any')}</option>
                {field.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
          )
        })}
      </div>
      <FinderChoices lang={lang} choices={choices} filter={filter} errors={errors} />
      <PostcodeField lang={lang} {...postcode} />
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="button">
          {t('finder.show')}
        </button>
        <Link prefetch={false} href="/services">
          {t('finder.clear')}
        </Link>
      </div>
    </form>
  )
}

function PostcodeField({ lang, value, error, example }: Props['postcode'] & { lang: string }) {
  const { t, rich } = getTranslator(lang)
  return (
    <div className={`mt-4 ${error ? 'border-s-4 border-warning ps-3' : ''}`}>
      <label htmlFor="filter-postcode" className="field-label">
        {t('finder.postcodeLabel')}
      </label>
      <span id="filter-postcode-hint" className="field-hint">
        {rich('finder.postcodeHint', { postcode: <span className="whitespace-nowrap">{example.postcode}</span>, outcode: example.outcode })}
      </span>
      {error ? (
        <span id="filter-postcode-error" className="field-error">
          <span className="sr-only">{t('feedback.errorPrefix')}</span>
          {error}
        </span>
      ) : null}
      <PostcodeInput id="filter-postcode" value={value} error={error} className="mt-1" />
    </div>
  )
}
