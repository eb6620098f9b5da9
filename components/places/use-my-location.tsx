'use client'

import { useState } from 'react'
import { useIsClient } from '@/components/feedback/use-is-client'
import { byDistance, describeDistance } from '@/lib/places/distance'

// "Use my location": the browser's position never leaves the browser. Distances are worked out
// here from the hub positions already in the page (data-hub-* attributes on the hub cards).

type HubPlace = { name: string; url: string; address: string; latitude: number; longitude: number }
type State =
  | { kind: 'idle' }
  | { kind: 'locating' }
  | { kind: 'found'; hubs: { place: HubPlace; miles: number }[] }
  | { kind: 'error'; message: string }

function hubsInPage(): HubPlace[] {
  const seen = new Set<string>()
  const hubs: HubPlace[] = []
  for (const element of document.querySelectorAll<HTMLElement>('[data-hub-latitude]')) {
    const { hubName, hubUrl, hubAddress, hubLatitude, hubLongitude } = element.dataset
    const latitude = Number(hubLatitude)
    const longitude = Number(hubLongitude)
    if (!hubName || !hubUrl || seen.has(hubUrl) || !Number.isFinite(latitude) || !Number.isFinite(longitude)) continue
    seen.add(hubUrl)
    hubs.push({ name: hubName, url: hubUrl, address: hubAddress ?? '', latitude, longitude })
  }
  return hubs
}

const ERROR_MESSAGES: Record<number, string> = {
  1: 'Your browser did not let this site see your location. Type your postcode instead.',
  2: 'Your location could not be found. Type your postcode instead.',
  3: 'Finding your location took too long. Try again, or type your postcode instead.',
}

export function UseMyLocation({ hubsWord }: { hubsWord: string }) {
  const isClient = useIsClient()
  const [state, setState] = useState<State>({ kind: 'idle' })
  if (!isClient || !('geolocation' in navigator)) return null

  function locate() {
    setState({ kind: 'locating' })
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => setState({ kind: 'found', hubs: byDistance(coords, hubsInPage()) }),
      (error) => setState({ kind: 'error', message: ERROR_MESSAGES[error.code] ?? ERROR_MESSAGES[2] ?? '' }),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    )
  }

  return (
    <div className="mt-4">
      <p className="field-label">Or use your location</p>
      <p className="field-hint">Your browser works out the distances. Your location is not sent to this site.</p>
      <button type="button" className="button button-secondary mt-1 bg-white" onClick={locate} disabled={state.kind === 'locating'}>
        Use my location
      </button>
      <div aria-live="polite" className="mt-3">
        {state.kind === 'locating' ? <p>Finding your location…</p> : null}
        {state.kind === 'error' ? <p className="field-error">{state.message}</p> : null}
        {state.kind === 'found' ? (
          <>
            <h3 className="text-xl">{hubsWord} nearest to you</h3>
            <ol className="mt-2 list-decimal space-y-2 pl-6">
              {state.hubs.map(({ place, miles }) => (
                <li key={place.url}>
                  <a href={place.url} className="font-bold">
                    {place.name}
                  </a>
                  : {describeDistance(miles)}
                  <span className="block text-muted">{place.address}</span>
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </div>
    </div>
  )
}
