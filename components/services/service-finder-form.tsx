import Link from 'next/link'
import type { FilterError, FilterKey, ServiceFilter } from '@/lib/content/filters'

export type FilterOption = { value: string; label: string }
export type FilterField = { key: FilterKey; label: string; options: FilterOption[] }

type Props = { fields: FilterField[]; filter: ServiceFilter; errors: FilterError[] }

/** A plain GET form: the same with or without JavaScript, and the address can be shared. */
export function ServiceFinderForm({ fields, filter, errors }: Props) {
  return (
    <form method="get" action="/services" className="panel mt-6" aria-labelledby="filter-heading" noValidate>
      <h2 id="filter-heading" className="text-2xl">
        Find a service
      </h2>
      <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {fields.map((field) => {
          const error = errors.find((candidate) => candidate.field === field.key)
          return (
            // Packed at the bottom, so the menus in a row line up when one label wraps.
            <div key={field.key} className={`flex flex-col justify-end ${error ? 'border-l-4 border-warning pl-3' : ''}`}>
              <label htmlFor={`filter-${field.key}`} className="field-label">
                {field.label}
              </label>
              {error ? (
                <span id={`filter-${field.key}-error`} className="field-error">
                  <span className="sr-only">Error:</span> {error.message}
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
                <option value="">Any</option>
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
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="button">
          Show services
        </button>
        <Link prefetch={false} href="/services">Clear all filters</Link>
      </div>
    </form>
  )
}
