import Link from 'next/link'
import type { FilterError } from '@/lib/content/filters'

type Props = { values: { audience: string; age: string }; errors: FilterError[] }

const AUDIENCE_OPTIONS = [
  { value: 'all', label: 'Everyone' },
  { value: 'families', label: 'Families, children and young people' },
  { value: 'professionals', label: 'Professionals' },
] as const

/** A plain GET form: it works the same with or without JavaScript, and the URL can be shared. */
export function ServiceFilterForm({ values, errors }: Props) {
  const ageError = errors.find((error) => error.field === 'age')
  return (
    <form method="get" action="/services" className="panel mt-6" aria-labelledby="filter-heading" noValidate>
      <h2 id="filter-heading" className="text-2xl">
        Filter services
      </h2>
      <fieldset className="mt-3">
        <legend className="field-label">Who is the service for?</legend>
        <div className="mt-2 flex flex-col gap-2">
          {AUDIENCE_OPTIONS.map((option) => (
            <label key={option.value} className="flex items-center gap-3">
              <input
                type="radio"
                name="audience"
                value={option.value}
                defaultChecked={values.audience === option.value}
                className="size-6 accent-ink"
              />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-4">
        <label htmlFor="age" className="field-label">
          Age of the child or young person
        </label>
        <span id="age-hint" className="field-hint">
          In years, from 0 to 25. Leave empty to see services for all ages.
        </span>
        {ageError ? (
          <span id="age-error" className="field-error">
            <span className="sr-only">Error:</span> {ageError.message}
          </span>
        ) : null}
        <input
          id="age"
          name="age"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          defaultValue={values.age}
          aria-describedby={ageError ? 'age-hint age-error' : 'age-hint'}
          aria-invalid={ageError ? true : undefined}
          className={`field-input mt-1 w-20 ${ageError ? 'border-warning' : ''}`}
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="button">
          Show services
        </button>
        <Link prefetch={false} href="/services">Clear filters</Link>
      </div>
    </form>
  )
}
