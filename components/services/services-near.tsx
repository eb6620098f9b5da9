import type { Service } from '@/lib/content'
import { ATTENDING_LABELS } from '@/lib/content/enums'
import { attendingOf } from '@/lib/content/finder-facets'
import { describeDistance, type Coordinates } from '@/lib/places/distance'
import { sortByNearestPlace, type NearService } from '@/lib/places/nearest-services'
import { placesOfService } from '@/lib/places/server'
import { ServiceCard } from './service-card'

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

export function sortedNear(origin: Coordinates, services: readonly Service[]): { near: NearService<Service>[]; noFixedPlace: Service[] } {
  return sortByNearestPlace(origin, services, placesOfService)
}

/** Services nearest first, each with its distance and place; those with no place to go to after them, said so. */
export function ServicesNear({ near, noFixedPlace, headingPrefix, lang }: { near: NearService<Service>[]; noFixedPlace: Service[]; headingPrefix: string; lang?: string }) {
  return (
    <>
      {near.length > 0 ? (
        <section aria-labelledby={`${headingPrefix}-places`} className="mt-6">
          <h3 id={`${headingPrefix}-places`} className="text-xl">
            {plural(near.length, 'service at a place near you', 'services at places near you')}, nearest first
          </h3>
          <p className="text-muted">Distances are in a straight line, not by road.</p>
          <ol className="mt-3 grid gap-4 md:grid-cols-2" role="list">
            {near.map(({ service, place, miles }) => (
              <ServiceCard key={service.slug} service={service} lang={lang}>
                <p className="mt-1 font-bold">
                  {describeDistance(miles).replace(/^./, (letter) => letter.toUpperCase())}, at {place.name}
                </p>
              </ServiceCard>
            ))}
          </ol>
        </section>
      ) : null}
      {noFixedPlace.length > 0 ? (
        <section aria-labelledby={`${headingPrefix}-no-place`} className="mt-6">
          <h3 id={`${headingPrefix}-no-place`} className="text-xl">
            {plural(noFixedPlace.length, 'service has', 'services have')} no fixed place
          </h3>
          <p className="text-muted">
            {noFixedPlace.length === 1 ? 'It does' : 'They do'} not list a place you go to: most work by phone, online or at home. Ask the service how it reaches you.
          </p>
          <ul className="mt-3 grid gap-4 md:grid-cols-2" role="list">
            {noFixedPlace.map((service) => {
              const how = attendingOf(service)
              return (
                <ServiceCard key={service.slug} service={service} lang={lang}>
                  {how.length > 0 ? <p className="mt-1 font-bold">{how.map((one) => ATTENDING_LABELS[one]).join(', ')}</p> : null}
                </ServiceCard>
              )
            })}
          </ul>
        </section>
      ) : null}
    </>
  )
}
