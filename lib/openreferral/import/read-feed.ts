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
/** Each list's item schema, for knowing which fields of a list's entries the importer reads (unreadFields). */
const listItems = new WeakMap<z.core.$ZodType, z.core.$ZodType>()
const list = <T extends z.ZodType>(item: T) => {
  const schema = z.array(z.unknown()).optional().catch(undefined).transform((values) => (values ?? []).flatMap((value) => {
    const parsed = item.safeParse(value)
    return parsed.success ? [parsed.data] : []
  }))
  listItems.set(schema, item)
  return schema
}

const phone = z.looseObject({ number: text, description: text })
// A term is matched as a whole to one of the folder's levels or needs (by code or name; `term` is
// HSDS 3.0's name for the name), whose own file has its description and page.
const term = z.looseObject({ id: text, name: text, term: text, description: text, code: text, taxonomy: text, taxonomy_id: text, term_uri: text })

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
  schedules: list(
    z.looseObject({
      service_at_location_id: text,
      freq: text,
      interval: number,
      byday: text,
      bymonthday: text,
      dtstart: text,
      opens_at: text,
      closes_at: text,
      valid_from: text,
      valid_to: text,
      description: text,
      notes: text,
      attending_type: text,
    }),
  ),
  service_areas: list(z.looseObject({ name: text, service_area: text })),
  service_at_locations: list(
    z.looseObject({
      id: text,
      location: z
        .looseObject({
          id: text,
          location_type: text,
          name: text,
          description: text,
          latitude: number,
          longitude: number,
          addresses: list(z.looseObject({ address_1: text, address_2: text, city: text, region: text, state_province: text, postal_code: text, country: text, address_type: text })),
          accessibility: list(z.looseObject({ description: text, details: text })),
        })
        .optional()
        .catch(undefined),
    }),
  ),
  attributes: list(z.looseObject({ taxonomy_term: term.optional().catch(undefined) })),
  taxonomy_terms: list(term),
  languages: list(z.looseObject({ name: text, code: text, note: text })),
  cost_options: list(z.looseObject({ option: text, currency: text, amount: number, amount_description: text })),
  fees_description: text,
  fees: text,
})

export type ImportedService = z.infer<typeof importedService>
export type ImportedTerm = z.infer<typeof term>

export class FeedFormatError extends Error {}

/** The object schema inside optional, catch and pipe wrappers, if there is one. */
function objectShape(schema: z.core.$ZodType): Readonly<Record<string, z.core.$ZodType>> | undefined {
  if (schema instanceof z.ZodObject) return schema.shape
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodCatch) return objectShape(schema.unwrap())
  return undefined
}

const isEmpty = (value: unknown): boolean =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.every(isEmpty)) || (isObject(value) && Object.entries(value).every(([key, item]) => isLink(key) || isEmpty(item)))

/** Ids and links between records (id, service_id, link_type, ...): this site makes its own and links records itself, so they are not content to carry over. */
export const isLink = (key: string) => key === 'id' || key.endsWith('_id') || key === 'link_type'

/**
 * Every field of a feed's service that holds something and that the importer does not read, by
 * its path (funding, schedules[0].schedule_link): what the import lists as not carried over, so
 * nothing is dropped without a line saying so, whatever a feed adds. The fields read are those
 * of `importedService` above; whether a value read fits this site is the mapper's to say.
 */
export function unreadFields(raw: unknown, schema: z.core.$ZodType = importedService, at = ''): string[] {
  const shape = objectShape(schema)
  if (!shape || !isObject(raw)) return []
  return Object.entries(raw).flatMap(([key, value]) => {
    if (isLink(key) || isEmpty(value)) return []
    const path = at ? `${at}.${key}` : key
    const field = shape[key]
    if (!field) return [path]
    const item = listItems.get(field)
    if (item) return Array.isArray(value) ? value.flatMap((entry, index) => unreadFields(entry, item, `${path}[${index}]`)) : []
    return unreadFields(value, field, path)
  })
}

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
