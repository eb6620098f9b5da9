'use client'

import { useEffect, useState } from 'react'
import { MAX_TEXT_LENGTH } from '@/lib/feedback/limits'
import { formatCount } from '@/lib/number-format'
import { useIsClient } from './use-is-client'

type Props = {
  id: string
  name: string
  label: string
  defaultValue: string
  error?: string
  /** The shared "do not include personal information" hint, read with the field. */
  hintId: string
}

function countMessage(remaining: number): string {
  const count = formatCount(Math.abs(remaining))
  const unit = Math.abs(remaining) === 1 ? 'character' : 'characters'
  return remaining >= 0 ? `You have ${count} ${unit} remaining` : `You have ${count} ${unit} too many`
}

// The browser counts a line break as one character and sends it as two (CRLF); the server
// normalises, so counting value.length here matches what it will accept.
export function CharacterCountField({ id, name, label, defaultValue, error, hintId }: Props) {
  const isClient = useIsClient()
  const [value, setValue] = useState(defaultValue)
  const remaining = MAX_TEXT_LENGTH - value.length
  // Screen readers hear the count once typing pauses, not on every key (as GOV.UK does).
  const [announced, setAnnounced] = useState(remaining)
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(remaining), 1000)
    return () => clearTimeout(timer)
  }, [remaining])
  const over = remaining < 0

  return (
    <div className={`mt-5 ${error ? 'border-l-4 border-warning pl-3' : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={4}
        className={`field-input mt-1 block w-full ${error || over ? 'border-warning' : ''}`}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        aria-describedby={[hintId, `${id}-info`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
      />
      <p id={`${id}-info`} className={isClient ? 'sr-only' : 'field-hint mt-1'}>
        You can enter up to {formatCount(MAX_TEXT_LENGTH)} characters
      </p>
      {isClient ? (
        <>
          <p className={`mt-1 ${over ? 'field-error' : 'field-hint'}`} aria-hidden="true" data-character-count="">
            {countMessage(remaining)}
          </p>
          <p className="sr-only" aria-live="polite">
            {announced === MAX_TEXT_LENGTH ? '' : countMessage(announced)}
          </p>
        </>
      ) : null}
    </div>
  )
}
