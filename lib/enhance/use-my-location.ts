import { byDistance, describeDistance } from '@/lib/places/distance'

// "Use my location" (components/places/use-my-location.tsx): the browser's position never leaves
// the browser; distances are worked out from the hub positions in the page.

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

const ERROR_MESSAGES: Record<number, string> = {
  1: 'Your browser did not let this site see your location. Type your postcode instead.',
  2: 'Your location could not be found. Type your postcode instead.',
  3: 'Finding your location took too long. Try again, or type your postcode instead.',
}

function listItem(place: HubPlace, miles: number): HTMLLIElement {
  const item = document.createElement('li')
  const link = document.createElement('a')
  link.href = place.url
  link.className = 'font-bold'
  link.textContent = place.name
  const address = document.createElement('span')
  address.className = 'block text-muted'
  address.textContent = place.address
  item.append(link, `: ${describeDistance(miles)}`, address)
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
    if (!button || !finding || !error || !found || !list) continue
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
          list.replaceChildren(...byDistance(coords, hubsInPage()).map(({ place, miles }) => listItem(place, miles)))
          show('found')
        },
        (failure) => {
          error.textContent = ERROR_MESSAGES[failure.code] ?? ERROR_MESSAGES[2] ?? ''
          show('error')
        },
        { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
      )
    })
    control.hidden = false
  }
}
