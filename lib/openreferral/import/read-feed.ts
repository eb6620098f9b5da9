import { z } from 'zod'
import { HIDDEN_CHARACTERS } from '@/lib/content/formats'

// What the importer takes from a feed's JSON: the standard's service objects, read leniently (a
// field of the wrong type is left out and reported by the mapper, not a reason to refuse the
// whole feed). Both list entries (one-to-one fields) and full services are services here.

// Control and direction characters are taken out of every text (a name holding ESC[2J or U+202E
// would act on a terminal or turn a page's text around); tabs and line ends stay for the page text.
const text = z
  .string()
  .transform((value) => value.replace(HIDDEN_CHARACTERS, ''))
  .pipe(z.string().trim().min(1))
  .optional()
  .catch(undefined)
const number = z.number().finite().optional().catch(undefined)
const list = <T extends z.ZodType>(item: T) => z.array(z.unknown()).optional().catch(undefined).transform((values) => (values ?? []).flatMap((value) => {
  const parsed = item.safeParse(value)
  return parsed.success ? [parsed.data] : []
}))

const phone = z.looseObject({ number: text, description: text })
const term = z.looseObject({ id: text, name: text, code: text, taxonomy: text, taxonomy_id: text, term_uri: text })

export const importedService = z.looseObject({
  id: text,
  name: text,
  description: text,
  url: text,
  email: text,
  status: text,
  minimum_age: number,
  maximum_age: number,
  last_modified: text,
  organization: z.looseObject({ id: text, name: text, description: text, email: text, website: text }).optional().catch(undefined),
  phones: list(phone),
  contacts: list(z.looseObject({ id: text, name: text, title: text, email: text, phones: list(phone) })),
  schedules: list(z.looseObject({ freq: text, byday: text, opens_at: text, closes_at: text, valid_to: text })),
  service_areas: list(z.looseObject({ name: text, service_area: text })),
  service_at_locations: list(
    z.looseObject({
      location: z
        .looseObject({
          id: text,
          name: text,
          description: text,
          latitude: number,
          longitude: number,
          addresses: list(z.looseObject({ address_1: text, address_2: text, city: text, postal_code: text, country: text })),
        })
        .optional()
        .catch(undefined),
    }),
  ),
  attributes: list(z.looseObject({ taxonomy_term: term.optional().catch(undefined) })),
  taxonomy_terms: list(term),
})

export type ImportedService = z.infer<typeof importedService>
export type ImportedTerm = z.infer<typeof term>

export class FeedFormatError extends Error {}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A service at a location (GET /service_at_locations) as the service, with that place. */
function asService(entry: unknown): unknown {
  if (!isObject(entry) || !isObject(entry.service)) return entry
  const places = Array.isArray(entry.service.service_at_locations) ? entry.service.service_at_locations : []
  return { ...entry.service, service_at_locations: [...places, { id: entry.id, location: entry.location }] }
}

/**
 * The service objects in a saved feed: one GET /services or /service_at_locations page
 * ({ contents: [...] }), a list of such pages, a list of services, or a single service (a
 * GET /services/{id} or /service_at_locations/{id} answer).
 */
export function servicesInJson(json: unknown): unknown[] {
  const pages = Array.isArray(json) ? json : [json]
  return pages.flatMap((entry, index) => {
    if (isObject(entry) && Array.isArray(entry.contents)) return entry.contents.map(asService)
    if (isObject(entry) && ('name' in entry || 'id' in entry)) return [asService(entry)]
    throw new FeedFormatError(`entry ${index + 1} is neither a page of services ({ "contents": [...] }) nor a service (with "id" and "name"): is this an Open Referral UK feed?`)
  })
}
