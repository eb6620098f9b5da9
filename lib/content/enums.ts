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

/** How a family takes part in a service (Open Referral UK's attending types, plus a visit at home). */
export const ATTENDING = ['in-person', 'online', 'phone', 'at-home'] as const
export type Attending = (typeof ATTENDING)[number]
export const ATTENDING_LABELS: Record<Attending, string> = {
  'in-person': 'In person',
  online: 'Online',
  phone: 'By phone',
  'at-home': 'At home (a visit)',
}

/** What a venue has for people who need it to get in and stay: a fixed list, so families can filter by it. */
export const ACCESSIBILITY_FEATURES = [
  'step-free-access',
  'accessible-toilet',
  'changing-places-toilet',
  'hearing-loop',
  'parking',
  'blue-badge-parking',
  'baby-changing',
  'buggy-storage',
  'quiet-room',
] as const
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number]
export const ACCESSIBILITY_LABELS: Record<AccessibilityFeature, string> = {
  'step-free-access': 'Step-free access',
  'accessible-toilet': 'Accessible toilet',
  'changing-places-toilet': 'Changing Places toilet',
  'hearing-loop': 'Hearing loop',
  parking: 'Parking',
  'blue-badge-parking': 'Blue badge parking',
  'baby-changing': 'Baby changing',
  'buggy-storage': 'Space to leave a buggy',
  'quiet-room': 'Quiet room',
}

/** How often a session repeats: every week, every other week, or on given weeks of the month. */
export const SESSION_REPEATS = ['weekly', 'every-other-week', 'monthly'] as const
export type SessionRepeat = (typeof SESSION_REPEATS)[number]

/** The weeks of a month a monthly session falls on: the first to the fourth of its day, or the last. */
export const WEEKS_OF_MONTH = ['first', 'second', 'third', 'fourth', 'last'] as const
export type WeekOfMonth = (typeof WEEKS_OF_MONTH)[number]

/** Whether a session runs all year, only in school terms, or only in the school holidays (site.yaml termDates). */
export const SESSION_PERIODS = ['all-year', 'term-time', 'school-holidays'] as const
export type SessionPeriod = (typeof SESSION_PERIODS)[number]

export const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
export type Day = (typeof DAYS)[number]

/** Headings every one-minute guide has, in this order. */
export const GUIDE_SECTIONS = ['What it is', 'Why it matters', 'What to do', 'Who to contact'] as const
