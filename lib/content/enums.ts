// Every fixed list of values is declared once here and reused by the content schema,
// the zod rules, the service filters and the page labels.

/** A service's areas: the whole city, or keys of the areas in site.yaml (which name them). */
export const CITYWIDE = 'citywide'

export const AUDIENCES = ['families', 'professionals', 'both'] as const
export type Audience = (typeof AUDIENCES)[number]
export const AUDIENCE_LABELS: Record<Audience, string> = {
  families: 'Families',
  professionals: 'Professionals',
  both: 'Families and professionals',
}

export const ACCESS_ROUTES = ['self-referral', 'professional-referral', 'phone', 'through-school-or-cluster', 'online'] as const
export type AccessRoute = (typeof ACCESS_ROUTES)[number]
export const ACCESS_ROUTE_LABELS: Record<AccessRoute, string> = {
  'self-referral': 'Families can ask for help themselves',
  'professional-referral': 'A professional refers the family',
  phone: 'Phone the service',
  'through-school-or-cluster': 'Through a school or local cluster',
  online: 'Online',
}

export const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
export type Day = (typeof DAYS)[number]

/** Headings every one-minute guide has, in this order. */
export const GUIDE_SECTIONS = ['What it is', 'Why it matters', 'What to do', 'Who to contact'] as const
