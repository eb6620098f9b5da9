// The postcode box of the hub search and of the service finder: one field, so both behave alike
// (capitals as typed, the browser's postcode autofill, its hint and error read with it).

type Props = { id: string; value?: string; error?: string; className?: string }

export function PostcodeInput({ id, value, error, className = '' }: Props) {
  return (
    <input
      id={id}
      name="postcode"
      type="text"
      autoComplete="postal-code"
      autoCapitalize="characters"
      spellCheck={false}
      maxLength={16}
      defaultValue={value}
      aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      aria-invalid={error ? true : undefined}
      className={['field-input w-40 uppercase', error ? 'border-warning' : '', className].filter(Boolean).join(' ')}
    />
  )
}
