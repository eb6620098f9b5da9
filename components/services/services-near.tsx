import type { Service } from '@/lib/content'
import { attendingOf } from '@/lib/content/finder-facets'
import { describeDistance, type Coordinates } from '@/lib/places/distance'
import { sortByNearestPlace, type NearService } from '@/lib/places/nearest-services'
import { placesOfService } from '@/lib/places/server'
import { getTranslator } from '@/lib/i18n/messages'
import { capitalise } from '@/lib/sessions/describe'
import { ServiceCard } from './service-card'

export function sortedNear(origin: Coordinates, services: readonly Service[]): { near: NearService<Service>[]; noFixedPlace: Service[] } {
  return sortByNearestPlace(origin, services, placesOfService)
}

/** Services nearest first, each with its distance and place; those with no place to go to after them, said so. */
export function ServicesNear({ near, noFixedPlace, headingPrefix, lang }: { near: NearService<Service>[]; noFixedPlace: Service[]; headingPrefix: string; lang: string }) {
  const { t, plural, words } = getTranslator(lang)
  return (
    <>
      {near.length > 0 ? (
        <section aria-labelledby={`${headingPrefix}-places`} className="mt-6">
          <h3 id={`${headingPrefix}-places`} className="text-xl">
            {plural('near.heading', near.length)}
          </h3>
          <p className="text-muted">{t('near.straightLine')}</p>
          <ol className="mt-3 grid gap-4 md:grid-cols-2" role="list">
            {near.map(({ service, place, miles }) => (
              <ServiceCard key={service.slug} service={service} lang={lang}>
                <p className="mt-1 font-bold">{t('near.at', { distance: capitalise(words, describeDistance(words, miles)), place: place.name })}</p>
              </ServiceCard>
            ))}
          </ol>
        </section>
      ) : null}
      {noFixedPlace.length > 0 ? (
        <section aria-labelledby={`${headingPrefix}-no-place`} className="mt-6">
          <h3 id={`${headingPrefix}-no-place`} className="text-xl">
            {plural('near.noPlace', noFixedPlace.length)}
          </h3>
          <p className="text-muted">{plural('near.noPlaceText', noFixedPlace.length)}</p>
          <ul className="mt-3 grid gap-4 md:grid-cols-2" role="list">
            {noFixedPlace.map((service) => {
              const how = attendingOf(service)
              return (
                <ServiceCard key={service.slug} service={service} lang={lang}>
                  {how.length > 0 ? <p className="mt-1 font-bold">{how.map((one) => t(`attending.${one}`)).join(t('list.separator'))}</p> : null}
                </ServiceCard>
              )
            })}
          </ul>
        </section>
      ) : null}
    </>
  )
}
