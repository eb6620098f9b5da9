import type { TextKey } from '@/lib/i18n/catalogue'
import { wordsInPage, type Words } from '@/lib/i18n/words'
import { byDistance, describeDistance } from '@/lib/places/distance'

// "Use my location" (components/places/use-my-location.tsx): the browser's position never leaves
// the browser; distances are worked out from the hub positions in the page, and written in the
// words the server put in the control's data-location-words (LOCATION_KEYS), in the page's language.

type HubPlace = { name: string; url: string; address: string; latitude: number; longitude: number }

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

const ERROR_KEYS: Record<number, TextKey> = {
  1: 'location.denied',
  2: 'location.unavailable',
  3: 'location.timeout',
}

/** The messages the script writes: the server puts them in the page. */
export const LOCATION_KEYS = ['location.denied', 'location.unavailable', 'location.timeout', 'location.distance', 'distance.under', 'distance.about', 'distance.mile', 'distance.miles'] as const satisfies readonly TextKey[]

function listItem(words: Words, place: HubPlace, miles: number): HTMLLIElement {
  const item = document.createElement('li')
  const link = document.createElement('a')
  link.href = place.url
  link.className = 'font-bold'
  link.textContent = place.name
  const address = document.createElement('span')
  address.className = 'block text-muted'
  address.textContent = place.address
  item.append(link, words.t('location.distance', { distance: describeDistance(words, miles) }), address)
  return item
}

export function enhanceUseMyLocation(root: ParentNode): void {
  if (!('geolocation' in navigator)) return
  for (const control of root.querySelectorAll<HTMLElement>('[data-use-my-location]')) {
    const button = control.querySelector<HTMLButtonElement>('[data-locate]')
    const finding = control.querySelector<HTMLElement>('[data-location-finding]')
    const error = control.querySelector<HTMLElement>('[data-location-error]')
    const found = control.querySelector<HTMLElement>('[data-location-found]')
    const list = control.querySelector<HTMLElement>('[data-location-list]')
    const words = wordsInPage(control.dataset.locationWords)
    if (!button || !finding || !error || !found || !list || !words) continue
    const show = (state: 'locating' | 'error' | 'found') => {
      finding.hidden = state !== 'locating'
      error.hidden = state !== 'error'
      found.hidden = state !== 'found'
      button.disabled = state === 'locating'
    }
    button.addEventListener('click', () => {
      show('locating')
      navigator.geolocation.getCurrentPosition(
        ({ coords }) => {
          list.replaceChildren(...byDistance(coords, hubsInPage()).map(({ place, miles }) => listItem(words, place, miles)))
          show('found')
        },
        (failure) => {
          error.textContent = words.t(ERROR_KEYS[failure.code] ?? 'location.unavailable')
          show('error')
        },
        { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
      )
    })
    control.hidden = false
  }
}
