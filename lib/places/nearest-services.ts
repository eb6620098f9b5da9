import { distanceInMiles, type Coordinates } from './distance'

// Services nearest a place, by the hubs and venues they run at: each service is placed at its
// nearest one. A service with no fixed place (by phone, online, at home) has no distance, so it
// is kept apart and the page says why, never dropped.

/** A hub or venue a service runs at. */
export type ServicePlace = Coordinates & { key: string; name: string }

export type NearService<S> = { service: S; place: ServicePlace; miles: number }

export function sortByNearestPlace<S>(
  origin: Coordinates,
  services: readonly S[],
  placesOf: (service: S) => readonly ServicePlace[],
): { near: NearService<S>[]; noFixedPlace: S[] } {
  const near: NearService<S>[] = []
  const noFixedPlace: S[] = []
  for (const service of services) {
    let nearest: { place: ServicePlace; miles: number } | undefined
    for (const place of placesOf(service)) {
      const miles = distanceInMiles(origin, place)
      if (!nearest || miles < nearest.miles) nearest = { place, miles }
    }
    if (nearest) near.push({ service, ...nearest })
    else noFixedPlace.push(service)
  }
  // Array.prototype.sort is stable: services as far away as each other keep their order (by name).
  near.sort((a, b) => a.miles - b.miles)
  return { near, noFixedPlace }
}
