// Every fixed list of values is declared once here and reused by the content schema,
// the zod rules, the service filters and the page labels.

/** A service's areas: the whole city, or keys of the areas in site.yaml (which name them). */
export const CITYWIDE = 'citywide'

/** The graduated (Thrive) model, from least to most intensive. */
export const LEVELS = ['universal', 'targeted', 'family-hubs', 'specialist-intensive'] as const
export type Level = (typeof LEVELS)[number]

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

export const TEAM_ROLES = [
  'early-help-practitioner',
  'social-worker',
  'alcohol-substance-use-coordinator',
  'domestic-violence-abuse-coordinator',
  'mental-health-coordinator',
  'send-coordinator',
  'police-officer',
] as const
export type TeamRole = (typeof TEAM_ROLES)[number]
export const TEAM_ROLE_LABELS: Record<TeamRole, string> = {
  'early-help-practitioner': 'Early help practitioners',
  'social-worker': 'Social workers',
  'alcohol-substance-use-coordinator': 'An alcohol and substance use coordinator',
  'domestic-violence-abuse-coordinator': 'A domestic violence and abuse coordinator',
  'mental-health-coordinator': 'A mental health coordinator',
  'send-coordinator': 'A SEND (special educational needs and disabilities) coordinator',
  'police-officer': 'A police officer',
}

export const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
export type Day = (typeof DAYS)[number]

/** Site-wide contacts that pages refer to by key. */
export const CONTACT_KEYS = [
  'family-hubs-central',
  'duty-and-advice',
  'family-information-service',
  'families-first',
  'young-carers',
  'emergency',
] as const
export type ContactKey = (typeof CONTACT_KEYS)[number]

/** Headings every one-minute guide has, in this order. */
export const GUIDE_SECTIONS = ['What it is', 'Why it matters', 'What to do', 'Who to contact'] as const
