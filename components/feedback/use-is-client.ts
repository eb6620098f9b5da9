import { useSyncExternalStore } from 'react'

const subscribe = () => () => undefined

/** False in the server HTML and during hydration, true once scripts run: no hydration mismatch. */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
}
