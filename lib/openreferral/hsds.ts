// The Open Referral UK 3.0 (HSDS 3.0 UK profile) objects this site publishes and reads, as
// TypeScript types: only the fields this site fills or the importer reads. Optional fields are
// left out of the JSON when the content does not know them (never null: the standard's
// validator rejects null). Names follow the standard (snake_case).

export type OrukPhone = { id: string; contact_id?: string; service_id?: string; number: string; description?: string }

export type OrukContact = {
  id: string
  service_id?: string
  name?: string
  title?: string
  email?: string
  phones?: OrukPhone[]
}

export type OrukSchedule = {
  id: string
  service_id?: string
  service_at_location_id?: string
  valid_from?: string
  valid_to?: string
  dtstart?: string
  freq?: 'WEEKLY' | 'MONTHLY'
  interval?: number
  byday?: string
  opens_at?: string
  closes_at?: string
  description?: string
  attending_type?: string
  notes?: string
}

/**
 * A price. The UK profile's cost option has no currency; `currency` is HSDS 3.0's own field
 * (ISO 4217), which the profile's schema allows beside its own.
 */
export type OrukCostOption = { id: string; service_id?: string; option?: string; currency?: string; amount?: number; amount_description?: string }

/**
 * A language staff use. The UK profile's language object has only its ids; `name`, `code` (ISO
 * 639-1, or 639-3 where there is none, like bfi for British Sign Language) and `note` are HSDS
 * 3.0's own fields, which the profile's schema allows beside its own.
 */
export type OrukLanguage = { id: string; service_id?: string; name?: string; code?: string; note?: string }

/** One thing a place has for people who need it to get in (the profile calls the list `accessibility`). */
export type OrukAccessibility = { id: string; location_id?: string; description?: string; details?: string }

export type OrukServiceArea = { id: string; service_id?: string; name?: string }

export type OrukAddress = {
  id: string
  location_id?: string
  address_1: string
  city: string
  state_province: string
  postal_code: string
  country: string
  address_type: string
}

export type OrukLocation = {
  id: string
  location_type: 'physical' | 'postal' | 'virtual'
  name?: string
  description?: string
  latitude?: number
  longitude?: number
  addresses?: OrukAddress[]
  accessibility?: OrukAccessibility[]
}

export type OrukTaxonomy = { id: string; name: string; description: string; uri?: string; version?: string }

export type OrukTaxonomyTerm = {
  id: string
  name: string
  description: string
  parent_id?: string
  taxonomy?: string
  taxonomy_id?: string
  term_uri?: string
  code?: string
}

export type OrukAttribute = { id: string; link_id?: string; link_type?: string; taxonomy_term_id?: string; taxonomy_term?: OrukTaxonomyTerm }

export type OrukOrganization = { id: string; name: string; description: string; email?: string; website?: string; uri?: string }

/** A service with its one-to-one fields: the shape of GET /services list entries. */
export type OrukServiceSummary = {
  id: string
  organization_id?: string
  name: string
  description?: string
  url?: string
  email?: string
  status: 'active' | 'inactive' | 'defunct' | 'temporarily closed'
  minimum_age?: number
  maximum_age?: number
  last_modified?: string
  organization?: OrukOrganization
}

export type OrukServiceAtLocation = { id: string; service_id?: string; location_id?: string; location?: OrukLocation }

/** A fully nested service: the shape of GET /services/{id}. */
export type OrukService = OrukServiceSummary & {
  schedules?: OrukSchedule[]
  service_areas?: OrukServiceArea[]
  service_at_locations?: OrukServiceAtLocation[]
  contacts?: OrukContact[]
  /** HSDS 3.0's service phones (the UK profile leaves them to contacts; both are read). */
  phones?: OrukPhone[]
  attributes?: OrukAttribute[]
  languages?: OrukLanguage[]
  cost_options?: OrukCostOption[]
  /** HSDS 3.0's free text about cost; the profile's schema keeps the older name `fees` (deprecated), so both carry it. */
  fees_description?: string
  fees?: string
}

/** GET /service_at_locations/{id}: the place with the service given there. */
export type OrukServiceAtLocationFull = OrukServiceAtLocation & { service: OrukService }

/** A list entry of GET /service_at_locations. */
export type OrukServiceAtLocationSummary = OrukServiceAtLocation & { service: OrukServiceSummary }

/** The profile's paging envelope. */
export type OrukPage<T> = {
  total_items: number
  total_pages: number
  page_number: number
  size: number
  first_page: boolean
  last_page: boolean
  empty: boolean
  contents: T[]
}
