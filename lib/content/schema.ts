import { z } from 'zod'
import { ACCESS_ROUTES, ACCESSIBILITY_FEATURES, ATTENDING, AUDIENCES, CITYWIDE, DAYS, SESSION_PERIODS, SESSION_REPEATS, WEEKS_OF_MONTH } from './enums'
import { isLanguageCode, isLanguageTag } from './languages'
import { CLOCK_TIME, EMAIL, ISO_DATE, hiddenCharacterIn, isFullPostcode, isRealIsoDate, isUkPhone, normalisePostcode } from './formats'
import { describe, type FieldFormat } from './field-meta'
import { weekdayOfDate } from './weekday'
import { TRANSLATION_MODES } from './translations'

// The one source of truth for every content field. contentlayer.config.ts derives its field
// definitions from these schemas (lib/content/contentlayer-fields.ts), the content check uses them
// to give editors `file:line: field: message` errors, and `npm run content:docs` / `npm run new`
// build the field reference and the templates from the descriptions and examples given here.
// Every message finishes the sentence "<file>: <field> ..." and says how to fix it.

/** Text a page shows must not hold characters that act instead of showing (they pass unseen, and an imported name could carry one). */
function noHiddenCharacters(value: string, ctx: z.RefinementCtx) {
  const hidden = hiddenCharacterIn(value)
  if (hidden) ctx.addIssue({ code: 'custom', message: `has a hidden character (${hidden}): delete it, or retype the text if you cannot find it` })
}

const text = z.string().trim().min(1, 'is empty: write some text here').superRefine(noHiddenCharacters)

/** A short name other files refer to something by: small letters, digits and hyphens. */
const key = (what: string, like: string) => z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `is not ${what} key: use small letters, digits and hyphens, like ${like}`)

const areaKey = key('an area', 'south or east-north-east')
const levelKey = key('a level', 'targeted or specialist-intensive')
const roleKey = key('a role', 'social-worker')
/**
 * A reference to a key defined elsewhere (an area, a level, a role): any text here, because the
 * content check says whether it is one of the keys there are and lists them, which a pattern
 * cannot ("South Leeds" is told the areas, not only how keys are written).
 */
const keyReference = text

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'is not a colour: write it as # and six hexadecimal digits, like #005a70 (and put it in quotes)')

const phone = z
  .string()
  .refine(isUkPhone, 'is not a UK phone number: write it with digits and spaces, like 0306 999 0000 (or 999)')

const email = z.string().regex(EMAIL, 'is not an email address: write it like name@example.org').superRefine(noHiddenCharacters)

const postcode = z.string().superRefine((value, ctx) => {
  if (isFullPostcode(value)) return
  const usual = normalisePostcode(value)
  ctx.addIssue({
    code: 'custom',
    message: usual
      ? `is not a full UK postcode as written: use capitals and one space, like SW1A 1AA (here: ${usual})`
      : 'is not a full UK postcode: use capitals and one space, like SW1A 1AA',
  })
})

// One message per wrong date: a date like 23/11/2026 is told the format, not also that it is unreal.
const isoDate = z.string().superRefine((value, ctx) => {
  if (!ISO_DATE.test(value)) {
    ctx.addIssue({ code: 'custom', message: `is not a date in the form YYYY-MM-DD: write it like 2026-11-01 (year, month, day)` })
  } else if (!isRealIsoDate(value)) {
    ctx.addIssue({ code: 'custom', message: 'is not a real date: check the day and the month (YYYY-MM-DD)' })
  }
})

const age = z
  .number()
  .int('must be a whole number of years')
  .min(0, 'must be 0 or more')
  .max(25, 'must be 25 or less: this site covers children and young people up to 25')

const readingAge = z.number().int('must be a whole number').min(5, 'must be 5 or more').max(21, 'must be 21 or less')

const url = z.url({ protocol: /^https$/, error: 'must be a full web address starting with https://' })

const siteUrl = z.url({ protocol: /^https?$/, error: 'must be a full web address starting with https:// (or http:// for a local copy)' })

function list<T extends z.ZodType>(item: T, minimum = 1) {
  return z.array(item).min(minimum, `needs at least ${minimum} entr${minimum === 1 ? 'y' : 'ies'}`)
}

// Examples (shown in docs/content-guide.md and filled in by tests of `npm run new`) name no real
// council: a made-up town, GOV.UK's example postcode and Ofcom's numbers kept for drama, which
// never ring anyone.

/** A field with what the guide and the templates say about it. */
function field<T extends z.ZodType>(schema: T, description: string, example: unknown, format?: FieldFormat): T {
  return describe(schema, { description, example, format })
}

function ageRange<T extends { ageFrom: number; ageTo: number; sendAgeTo?: number }>(value: T, ctx: z.RefinementCtx) {
  if (value.ageFrom > value.ageTo) {
    ctx.addIssue({
      code: 'custom',
      path: ['ageTo'],
      message: `(${value.ageTo}) is lower than ageFrom (${value.ageFrom}): the age range is upside down, swap them`,
    })
  }
  if (value.sendAgeTo !== undefined && value.sendAgeTo < value.ageTo) {
    ctx.addIssue({
      code: 'custom',
      path: ['sendAgeTo'],
      message: `(${value.sendAgeTo}) is lower than ageTo (${value.ageTo}): the age for young people with SEND must be the same or higher`,
    })
  }
}

const contactKeys = (what: string) => field(list(text).optional(), `Contacts to show ${what}: file names in contacts/ without .yaml.`, ['family-hubs-central'], 'contact-keys')
const contactKey = (what: string, example: string) => field(text, `The contact ${what}: a file name in contacts/ without .yaml.`, example, 'contact-key')
/**
 * A service's ages may be left out when the source documents do not say which ages it helps:
 * the site then says "ages not stated" instead of claiming every age. Both or neither.
 */
function serviceAges(value: { ageFrom?: number; ageTo?: number; sendAgeTo?: number }, ctx: z.RefinementCtx) {
  const { ageFrom, ageTo, sendAgeTo } = value
  if (ageFrom !== undefined && ageTo !== undefined) return ageRange({ ageFrom, ageTo, sendAgeTo }, ctx)
  if (ageFrom !== undefined || ageTo !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: [ageFrom === undefined ? 'ageFrom' : 'ageTo'],
      message: 'is missing: give both ageFrom and ageTo, or leave both out if the sources do not say which ages the service helps',
    })
  } else if (sendAgeTo !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['sendAgeTo'], message: 'needs ageFrom and ageTo too: give the usual age range first' })
  }
}

const lastReviewed = () => field(isoDate, 'The day someone last checked this page was right.', '2026-11-20', 'date')

const openingTime = describe(
  z
    .strictObject({
      day: field(z.enum(DAYS), 'The day of the week.', 'monday'),
      opens: field(z.string().regex(CLOCK_TIME, 'is not a time: write it as HH:MM on the 24-hour clock, like 09:00'), 'Opening time, 24-hour clock.', '09:00', 'time'),
      closes: field(z.string().regex(CLOCK_TIME, 'is not a time: write it as HH:MM on the 24-hour clock, like 17:00'), 'Closing time, 24-hour clock.', '17:00', 'time'),
    })
    .superRefine((value, ctx) => {
      // A time in the wrong form has its own message; comparing it would only add a second one.
      if (CLOCK_TIME.test(value.opens) && CLOCK_TIME.test(value.closes) && value.opens >= value.closes) {
        ctx.addIssue({ code: 'custom', path: ['closes'], message: `(${value.closes}) must be later than opens (${value.opens})` })
      }
    }),
  { description: 'One day\'s opening hours.', example: undefined, typeName: 'OpeningTime' },
)

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

function openingTimes(what: string) {
  return field(
    list(openingTime)
      .superRefine((times, ctx) => {
        // A day may have several spans (09:00-12:00 and 13:00-16:30), but no two may overlap.
        times.forEach((time, index) => {
          if (!CLOCK_TIME.test(time.opens) || !CLOCK_TIME.test(time.closes)) return
          const clash = times.findIndex(
            (other, otherIndex) =>
              otherIndex < index &&
              other.day === time.day &&
              CLOCK_TIME.test(other.opens) &&
              CLOCK_TIME.test(other.closes) &&
              minutesOf(other.opens) < minutesOf(time.closes) &&
              minutesOf(time.opens) < minutesOf(other.closes),
          )
          const other = times[clash]
          if (other) {
            ctx.addIssue({
              code: 'custom',
              path: [index, 'opens'],
              message: `(${time.day} ${time.opens}-${time.closes}) overlaps ${other.day} ${other.opens}-${other.closes}: give each span of a day its own times, one after the other`,
            })
          }
        })
      })
      .optional(),
    `When the ${what} is open, one entry per span of opening (a day may have two, like 09:00-12:00 and 13:00-16:30; days not listed are shown as closed), if known. The page says whether it is open now, in UK time.`,
    [{ day: 'monday', opens: '09:00', closes: '12:00' }, { day: 'monday', opens: '13:00', closes: '16:30' }, { day: 'saturday', opens: '10:00', closes: '12:00' }],
  )
}

const accessibility = (what: string) =>
  field(
    list(z.enum(ACCESSIBILITY_FEATURES)).optional(),
    `What the ${what} has for people who need it to get in and stay, from a fixed list. Leave it out if you do not know: the page then says nothing rather than guess.`,
    ['step-free-access', 'accessible-toilet', 'baby-changing'],
  )
const accessibilityNotes = (what: string) =>
  field(text.optional(), `Anything else about getting into the ${what} that the list cannot say.`, 'The lift is at the back of the building, by the car park.')

const latitude = field(z.number().min(49.8, 'is outside the UK: check the latitude').max(60.9, 'is outside the UK: check the latitude'), 'Map position: latitude in decimal degrees.', 53.7985, 'decimal')
const longitude = field(z.number().min(-8.7, 'is outside the UK: check the longitude').max(1.8, 'is outside the UK: check the longitude'), 'Map position: longitude in decimal degrees (negative west of Greenwich).', -1.588, 'decimal')

function closedDates(what: string) {
  return field(list(isoDate).optional(), `Days the ${what} is closed although its opening times say open (bank holidays), as YYYY-MM-DD.`, ['2026-12-25', '2026-12-28'], 'dates')
}

export const hubSchema = z
  .strictObject({
    name: field(text, 'The hub\'s name as families know it.', 'Riverside Family Hub'),
    summary: field(text, 'One sentence shown in lists and search results.', 'Riverside Family Hub brings support and advice for families together in one place.'),
    addressLines: field(list(text), 'The address, one line each, without the postcode.', ['Riverside Community Centre', '1 High Street', 'Riverside', 'Anytown']),
    postcode: field(postcode, 'The full postcode, in capitals with one space.', 'SW1A 1AA', 'postcode'),
    area: field(keyReference, 'The area of the city the hub serves: one of the keys under areas: in site.yaml.', 'south', 'area-key'),
    latitude,
    longitude,
    coordinatesApproximate: field(z.boolean(), 'true if the map position is only roughly right.', true),
    phone: field(phone, 'The number families call.', '0306 999 0000', 'phone'),
    email: field(email, 'The address families write to.', 'family.hubs@example.org', 'email'),
    ageFrom: field(age, 'Youngest age the hub helps, in years.', 0, 'age'),
    ageTo: field(age, 'Oldest age the hub helps, in years.', 19, 'age'),
    sendAgeTo: field(age.optional(), 'Oldest age for young people with SEND, if higher than ageTo.', 25, 'age'),
    team: field(list(keyReference), 'Who works in the hub team: keys under roles: in site.yaml.', ['early-help-practitioner', 'social-worker'], 'role-keys'),
    accessibility: accessibility('hub'),
    accessibilityNotes: accessibilityNotes('hub'),
    openingTimes: openingTimes('hub'),
    closedDates: closedDates('hub'),
    contacts: contactKeys('on the hub page, besides the hub\'s own phone and email'),
    lastReviewed: lastReviewed(),
  })
  .superRefine(ageRange)

/** A place other than a hub where services happen: a library, a school hall, a health centre. */
export const venueSchema = z.strictObject({
  name: field(text, 'The venue\'s name as families know it.', 'Riverside Library'),
  summary: field(text, 'One sentence shown in lists and search results.', 'Riverside Library hosts stay and play and the parenting course.'),
  addressLines: field(list(text), 'The address, one line each, without the postcode.', ['Riverside Library', '5 Mill Lane', 'Riverside', 'Anytown']),
  postcode: field(postcode, 'The full postcode, in capitals with one space.', 'SW1A 2AA', 'postcode'),
  latitude,
  longitude,
  coordinatesApproximate: field(z.boolean(), 'true if the map position is only roughly right.', true),
  phone: field(phone.optional(), 'The venue\'s own phone number, if families may call it.', '0306 999 0003', 'phone'),
  accessibility: accessibility('venue'),
  accessibilityNotes: accessibilityNotes('venue'),
  openingTimes: openingTimes('venue'),
  closedDates: closedDates('venue'),
  lastReviewed: lastReviewed(),
})

const clockTime = (what: string, example: string) =>
  field(z.string().regex(CLOCK_TIME, `is not a time: write it as HH:MM on the 24-hour clock, like ${example}`), what, example, 'time')

/** One regular session of a service: days and times at one place, or "by appointment". */
const session = describe(
  z
    .strictObject({
      venue: field(text.optional(), 'Where it happens: a file name in hubs/ or venues/ without .md, also listed in the service\'s venues. Leave it out for a session online or by phone.', 'riverside', 'venue-key'),
      byAppointment: field(z.boolean().optional(), 'true if families book a time instead of coming to fixed times: then leave out days, opens and closes.', true),
      days: field(list(z.enum(DAYS)).optional(), 'The days of the week it runs.', ['monday', 'thursday']),
      opens: clockTime('When it starts, 24-hour clock.', '09:30').optional(),
      closes: clockTime('When it ends, 24-hour clock.', '11:30').optional(),
      repeats: field(z.enum(SESSION_REPEATS).optional(), 'How often: weekly (the default), every-other-week (give startsOn) or monthly (give weeks).', 'weekly'),
      weeks: field(list(z.enum(WEEKS_OF_MONTH)).optional(), 'For a monthly session: which of the month\'s days it falls on, like first for "the first Monday of the month".', ['first']),
      startsOn: field(isoDate.optional(), 'For a session every other week: one date it runs on (YYYY-MM-DD), which sets the weeks.', '2027-01-04', 'date'),
      period: field(z.enum(SESSION_PERIODS).optional(), 'all-year (the default), term-time (school terms only) or school-holidays (only outside term): term dates are in site.yaml termDates.', 'term-time'),
      from: field(isoDate.optional(), 'The first date it runs, if it starts later (YYYY-MM-DD).', '2027-01-04', 'date'),
      until: field(isoDate.optional(), 'The last date it runs, if it stops (YYYY-MM-DD).', '2027-07-16', 'date'),
      note: field(text.optional(), 'Anything the fields cannot say, in one short sentence.', 'Bring your baby\'s red book.'),
    })
    .superRefine((value, ctx) => {
      if (value.byAppointment) {
        for (const name of ['days', 'opens', 'closes', 'repeats', 'weeks', 'startsOn'] as const) {
          if (value[name] !== undefined) ctx.addIssue({ code: 'custom', path: [name], message: 'is not used with byAppointment: true: leave it out, or take out byAppointment if the session has fixed times' })
        }
        return
      }
      for (const name of ['days', 'opens', 'closes'] as const) {
        if (value[name] === undefined) ctx.addIssue({ code: 'custom', path: [name], message: 'is missing: a session needs days, opens and closes (or byAppointment: true if families book a time)' })
      }
      if (value.opens && value.closes && CLOCK_TIME.test(value.opens) && CLOCK_TIME.test(value.closes) && value.opens >= value.closes) {
        ctx.addIssue({ code: 'custom', path: ['closes'], message: `(${value.closes}) must be later than opens (${value.opens})` })
      }
      const repeats = value.repeats ?? 'weekly'
      if (repeats === 'monthly' && value.weeks === undefined) ctx.addIssue({ code: 'custom', path: ['weeks'], message: 'is missing: a monthly session needs weeks, like [first] for the first Monday of the month' })
      if (repeats !== 'monthly' && value.weeks !== undefined) ctx.addIssue({ code: 'custom', path: ['weeks'], message: 'is only for a monthly session: add repeats: monthly, or take weeks out' })
      if (repeats === 'every-other-week' && value.startsOn === undefined) ctx.addIssue({ code: 'custom', path: ['startsOn'], message: 'is missing: a session every other week needs one date it runs on (YYYY-MM-DD), so the site knows which weeks' })
      if (repeats !== 'every-other-week' && value.startsOn !== undefined) ctx.addIssue({ code: 'custom', path: ['startsOn'], message: 'is only for a session every other week: add repeats: every-other-week, or take startsOn out' })
      if (value.startsOn && isRealIsoDate(value.startsOn) && value.days && !value.days.includes(weekdayOfDate(value.startsOn))) {
        ctx.addIssue({ code: 'custom', path: ['startsOn'], message: `(${value.startsOn}) is a ${weekdayOfDate(value.startsOn)}, not one of the session's days: give a date it runs on` })
      }
      if (value.from && value.until && value.until < value.from) ctx.addIssue({ code: 'custom', path: ['until'], message: `(${value.until}) is before from (${value.from}): swap them` })
    }),
  { description: 'One regular session: when and where.', example: undefined, typeName: 'Session' },
)

const costOption = describe(
  z.strictObject({
    amount: field(z.number().positive('must be more than 0: for a free service write free: true instead').max(10000, 'must be £10,000 or less').multipleOf(0.01, 'must be in pounds and pence, like 2 or 2.50'), 'The price in pounds, like 2 or 2.50.', 2, 'decimal'),
    per: field(text, 'What the price is for, finishing "£2 ...".', 'a session'),
  }),
  { description: 'One price.', example: undefined, typeName: 'CostOption' },
)

const cost = describe(
  z
    .strictObject({
      free: field(z.boolean().optional(), 'true if it costs nothing: the page says "Free".', true),
      options: field(list(costOption).optional(), 'The prices, if it costs something.', [{ amount: 2, per: 'a session' }]),
      concessions: field(text.optional(), 'Who pays less or nothing, in one sentence.', 'Free for families who get Universal Credit.'),
      note: field(text.optional(), 'Anything else about cost the fields cannot say.', 'You pay for the trip at the end of the course.'),
    })
    .superRefine((value, ctx) => {
      if (value.free === false) ctx.addIssue({ code: 'custom', path: ['free'], message: 'false says nothing: list the prices under options, or leave free out' })
      if (value.free && value.options) ctx.addIssue({ code: 'custom', path: ['options'], message: 'cannot go with free: true: a service is free or has prices (put who gets it free under concessions)' })
      if (!value.free && !value.options && !value.note) ctx.addIssue({ code: 'custom', path: ['free'], message: 'is missing: write free: true, list prices under options, or write a note' })
    }),
  { description: 'What it costs a family. Leave it out if the sources do not say: the page then says nothing about cost.', example: { free: true }, typeName: 'Cost' },
)

const languageCode = z.string().superRefine((value, ctx) => {
  if (value === 'en') ctx.addIssue({ code: 'custom', message: 'is English, which every service offers: list only the other languages' })
  else if (!isLanguageCode(value)) ctx.addIssue({ code: 'custom', message: `is not a language code: use the two-letter ISO 639-1 code (or three letters where there is none), like pl for Polish or ur for Urdu` })
})

export const serviceSchema = z
  .strictObject({
    name: field(text, 'The service\'s name as families know it.', 'SAFE Project'),
    summary: field(text, 'One sentence shown in lists and search results.', 'The SAFE Project supports families when there may be a greater risk to a child.'),
    level: field(keyReference, 'The level of help: the key of a file in support-levels/, which must list this service too.', 'specialist-intensive', 'level-key'),
    audience: field(z.enum(AUDIENCES), 'Who the page is written for.', 'both'),
    ageFrom: field(age.optional(), 'Youngest age the service helps, in years. Leave ageFrom and ageTo out if the sources do not say: the site shows "ages not stated".', 11, 'age'),
    ageTo: field(age.optional(), 'Oldest age the service helps, in years (with ageFrom, or neither).', 17, 'age'),
    sendAgeTo: field(age.optional(), 'Oldest age for young people with SEND, if higher than ageTo.', 25, 'age'),
    access: field(list(z.enum(ACCESS_ROUTES)), 'How a family gets the service.', ['professional-referral']),
    phone: field(phone.optional(), 'The service\'s own phone number, if it has one.', '0306 999 0001', 'phone'),
    email: field(email.optional(), 'The service\'s own email address, if it has one.', 'service@example.org', 'email'),
    website: field(url.optional(), 'The service\'s own web page, if it has one.', 'https://www.example.org/service', 'url'),
    attending: field(list(z.enum(ATTENDING)).optional(), 'How families take part: in-person, online, phone or at-home. Leave it out if the sources do not say.', ['in-person', 'online']),
    venues: field(list(text).optional(), 'Where it happens: file names in hubs/ or venues/ without .md. Leave it out for a service by phone, online or at home.', ['riverside', 'riverside-library'], 'venue-keys'),
    sessions: field(list(session).optional(), 'When it runs: each regular session with its days, times and venue, or byAppointment: true.', [{ venue: 'riverside', days: ['monday'], opens: '09:30', closes: '11:30', period: 'term-time' }]),
    cost: cost.optional(),
    languages: field(list(languageCode).optional(), 'Languages staff speak besides English: ISO 639-1 codes, like pl (Polish) or ur (Urdu). Pages show each in its own name and script.', ['pl', 'ur'], 'language-codes'),
    britishSignLanguage: field(z.boolean().optional(), 'true if staff sign in British Sign Language.', true),
    interpreters: field(z.boolean().optional(), 'true if families can ask for an interpreter.', true),
    openingTimes: openingTimes('service'),
    closedDates: closedDates('service'),
    contacts: contactKeys('on the service page'),
    areas: field(list(keyReference), `Where the service works: ${CITYWIDE} (the whole city), or keys under areas: in site.yaml.`, [CITYWIDE], 'area-keys'),
    relatedGuide: field(text.optional(), 'A one-minute guide about this service: a file name in guides/ without .md.', 'multi-systemic-therapy', 'guide-key'),
    lastReviewed: lastReviewed(),
  })
  .superRefine(serviceAges)
  .superRefine((value, ctx) => {
    const venues = new Set(value.venues ?? [])
    value.sessions?.forEach((one, index) => {
      if (one.venue !== undefined && !venues.has(one.venue)) {
        ctx.addIssue({ code: 'custom', path: ['sessions', index, 'venue'], message: `(${one.venue}) is not in this service's venues: add it to venues, or correct the name` })
      }
    })
    if (value.venues && value.attending && !value.attending.includes('in-person')) {
      ctx.addIssue({ code: 'custom', path: ['attending'], message: 'does not say in-person, but the service has venues: add in-person, or take the venues out' })
    }
    const languages = value.languages ?? []
    languages.forEach((code, index) => {
      if (languages.indexOf(code) !== index) ctx.addIssue({ code: 'custom', path: ['languages', index], message: `(${code}) is listed twice: list each language once` })
    })
  })

export const supportLevelSchema = z.strictObject({
  key: field(levelKey, 'A short name for this level of help, used by services (level:) and the service finder\'s addresses.', 'universal'),
  order: field(z.number().int('must be a whole number').min(1, 'must be 1 or more'), 'Position from least (1) to most intensive.', 1, 'whole-number'),
  name: field(text, 'The level\'s name.', 'Universal help'),
  whoFor: field(text, 'Who this level is for, in one sentence.', 'Every child, young person and family.'),
  summary: field(text, 'One or two sentences about this level.', 'Most children get what they need from services everyone can use.'),
  services: field(list(text), 'The services at this level: file names in services/ without .md, in the order to show them.', ['universal-services'], 'service-keys'),
})

export const guideSchema = z
  .strictObject({
    title: field(text, 'The guide\'s title; no other page may have the same title.', 'Early help'),
    summary: field(text, 'One sentence shown in lists and search results.', 'What early help is and what to do when a family needs support.'),
    audience: field(z.enum(AUDIENCES), 'Who the guide is written for.', 'professionals'),
    lastReviewed: lastReviewed(),
    reviewDue: field(isoDate, 'The day the guide must be checked again; after it the check warns.', '2027-05-20', 'date'),
  })
  .superRefine((value, ctx) => {
    if (value.reviewDue <= value.lastReviewed) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviewDue'],
        message: `(${value.reviewDue}) must be after lastReviewed (${value.lastReviewed})`,
      })
    }
  })

export const pageSchema = z.strictObject({
  title: field(text, 'The page title; no other page may have the same title.', 'Contact us'),
  description: field(text, 'One sentence for search engines and link previews.', 'Which number to call for early help.'),
  audience: field(
    z.enum(AUDIENCES).optional(),
    'Who the page is written for, which sets the reading age it is held to (site.yaml readingAge): professionals for a page only they need, like the accessibility statement. Leave it out for families; both is held to the families\' reading age.',
    'professionals',
  ),
  contacts: contactKeys('at the end of the page'),
  lastReviewed: lastReviewed(),
})

/** One thing families ask for help with; `everydayWords` also feed the site search's synonyms. */
export const needSchema = z.strictObject({
  name: field(text, 'The need in a family\'s words, shown as the page title.', 'Domestic violence and abuse'),
  order: field(z.number().int('must be a whole number').min(1, 'must be 1 or more'), 'Position in the list of needs (1 first); each need has its own number.', 8, 'whole-number'),
  everydayWords: field(list(text), 'Words people use for this need; the site search treats them as meaning the same.', ['domestic abuse', 'domestic violence', 'DV']),
  summary: field(
    text.max(240, 'is too long for an opening: keep it to one or two short sentences (240 characters at most)'),
    'A short, plain opening: one or two sentences shown under the title and in lists.',
    'If someone at home hurts you, scares you or controls you, it is not your fault. You can get help.',
  ),
  whatToDoNow: field(list(text), 'The first steps, one short sentence each, most urgent first.', ['If you are in danger right now, call 999.', 'Call the Family Hub central line.']),
  contacts: field(list(text), 'Who to call: contact keys (file names in contacts/ without .yaml), shown as contact cards.', ['emergency', 'family-hubs-central'], 'contact-keys'),
  services: field(list(text).optional(), 'Services that help: file names in services/ without .md.', ['family-hubs'], 'service-keys'),
  teamRoles: field(list(keyReference).optional(), 'Who in a Family Hub team helps with this need: keys under roles: in site.yaml.', ['domestic-violence-abuse-coordinator'], 'role-keys'),
  guides: field(list(text).optional(), 'One-minute guides for professionals: file names in guides/ without .md.', ['family-hubs']),
  lastReviewed: lastReviewed(),
})


export const contactSchema = z
  .strictObject({
    name: field(text, 'The contact\'s name.', 'Duty and Advice'),
    description: field(text, 'What to contact them about, in one or two sentences.', 'For professionals who are worried that a child is being harmed.'),
    audience: field(z.enum(AUDIENCES), 'Who it is for.', 'professionals'),
    phone: field(phone.optional(), 'The number to call, if there is one.', '0306 999 0002', 'phone'),
    email: field(email.optional(), 'An email address, if there is one.', 'duty@example.org', 'email'),
    website: field(url.optional(), 'A web page, if there is one.', 'https://www.example.org/duty', 'url'),
    hours: field(text.optional(), 'When it is open, in words, if known (openingTimes says it so the page can say "open now").', 'Monday to Friday, 9am to 5pm'),
    openingTimes: openingTimes('line'),
    closedDates: closedDates('line'),
  })
  .superRefine((value, ctx) => {
    if (value.phone === undefined && value.email === undefined && value.website === undefined) {
      ctx.addIssue({ code: 'custom', path: ['phone'], message: 'is missing: a contact needs at least a phone, an email or a website' })
    }
  })

const languageTag = z.string().refine(isLanguageTag, 'is not a language tag: use the language\'s two-letter code, with its region after a hyphen if it needs one, like cy, pl or en-GB')

export const siteSchema = z.strictObject({
  siteName: field(text, 'The site\'s name, shown in the header and page titles.', 'Anytown Family Hubs and Early Help'),
  organisationName: field(text, 'Who runs the site, shown in the footer.', 'Anytown Council'),
  city: field(text, 'The city or area the site covers.', 'Anytown'),
  areas: field(
    list(
      describe(
        z.strictObject({
          key: field(areaKey, 'A short name for the area, used by hubs (area:) and services (areas:).', 'south'),
          name: field(text, 'The area\'s name, shown on hub pages and above each group of hubs.', 'South Anytown'),
        }),
        { description: 'One area of the city.', example: undefined, typeName: 'Area' },
      ),
    ),
    'The areas of the city that the hubs are grouped by, in the order the site lists them.',
    [{ key: 'south', name: 'South Anytown' }],
  ),
  roles: field(
    list(
      describe(
        z.strictObject({
          key: field(roleKey, 'A short name for the role, used by hubs (team:) and needs (teamRoles:).', 'social-worker'),
          label: field(text, 'How pages name the role in a list of who is in a hub team.', 'Social workers'),
        }),
        { description: 'One role in a Family Hub team.', example: undefined, typeName: 'Role' },
      ),
    ).optional(),
    'The roles in Family Hub teams, in the order pages list them. Leave it out if the council has no hub buildings with teams.',
    [{ key: 'social-worker', label: 'Social workers' }],
  ),
  ageBands: field(
    list(
      describe(
        z.strictObject({
          from: field(age, 'The youngest age in the group, in years.', 0, 'whole-number'),
          to: field(age, 'The oldest age in the group, in years.', 4, 'whole-number'),
          send: field(z.boolean().optional(), 'true for a group of young people with SEND: the finder then counts a service\'s SEND upper age (sendAgeTo) too.', true),
        }),
        { description: 'One age group of the service finder.', example: undefined, typeName: 'AgeBand' },
      ),
    ).superRefine((bands, ctx) => {
      bands.forEach((band, index) => {
        if (band.to < band.from) ctx.addIssue({ code: 'custom', path: [index, 'to'], message: `(${band.to}) is below from (${band.from}): the ages are upside down, swap them` })
        const previous = bands[index - 1]
        if (previous && band.from <= previous.to) ctx.addIssue({ code: 'custom', path: [index, 'from'], message: `(${band.from}) is not above the previous group's to (${previous.to}): list the groups youngest first, with no age in two groups` })
      })
    }),
    'The age groups people choose from in the service finder, youngest first.',
    [{ from: 0, to: 4 }, { from: 5, to: 10 }],
  ),
  colours: describe(
    z
      .strictObject({
        brand: field(colour.optional(), 'The main colour: the search button (with white text), the edge of panels and the line under the header.', '#005a70', 'colour'),
        brandDark: field(colour.optional(), 'A darker shade of it: the pressed search button and the level numbers (with white text), and service names on the levels diagram.', '#003a48', 'colour'),
        link: field(colour.optional(), 'Links, on white and on grey panels.', '#1d4f91', 'colour'),
        linkVisited: field(colour.optional(), 'Links already visited, on white and on grey panels.', '#4c2c92', 'colour'),
      })
      .optional(),
    { description: 'The site\'s colours, if not the defaults: each is checked for WCAG 2.2 AA contrast where the site uses it.', example: { brand: '#005a70' }, typeName: 'Colours' },
  ),
  terms: describe(
    z
      .strictObject({
        hub: field(text, 'What the council calls one hub, as in "Find your nearest Family Hub".', 'Family Hub'),
        hubs: field(text, 'The same word for more than one, as in the menu and page titles.', 'Family Hubs'),
      })
      .optional(),
    {
      description: 'What the council calls its hubs, if not "Family Hub" and "Family Hubs". It changes the words on every page, not the addresses: the hubs\' pages stay at `/family-hubs` and `/family-hubs/<file-name>`.',
      example: { hub: 'Family Centre', hubs: 'Family Centres' },
      typeName: 'Terms',
    },
  ),
  logo: describe(
    z
      .strictObject({
        file: field(
          z.string().regex(/^[\w-]+(?:\/[\w-]+)*\.(?:svg|png)$/, 'is not a logo file name: give an .svg or .png file in the content folder, like logo.svg or images/logo.png'),
          'An SVG or PNG file in the content folder, shown before the site name in the header (30 KB at most: it is part of every page).',
          'logo.svg',
        ),
        alt: field(text, 'What the logo says, for people who cannot see it: usually the council\'s name.', 'Anytown Council'),
      })
      .optional(),
    { description: 'The council\'s logo, if it wants one in the header.', example: { file: 'logo.svg', alt: 'Anytown Council' }, typeName: 'Logo' },
  ),
  exampleNotice: field(
    text.optional(),
    'A line shown at the top of every page of a site that is not a real council\'s (a demonstration or a test copy). Leave it out on a live site.',
    'This is an example site for a council that does not exist. Nothing on it is real.',
  ),
  termDates: field(
    list(
      describe(
        z.strictObject({
          from: field(isoDate, 'The first day of the term (YYYY-MM-DD).', '2027-01-05', 'date'),
          until: field(isoDate, 'The last day of the term (YYYY-MM-DD).', '2027-02-12', 'date'),
        }),
        { description: 'One school term, or half-term: the days between are holidays.', example: undefined, typeName: 'Term' },
      ),
    )
      .superRefine((terms, ctx) => {
        terms.forEach((term, index) => {
          if (term.until < term.from) ctx.addIssue({ code: 'custom', path: [index, 'until'], message: `(${term.until}) is before from (${term.from}): swap them` })
          const previous = terms[index - 1]
          if (previous && term.from <= previous.until) ctx.addIssue({ code: 'custom', path: [index, 'from'], message: `(${term.from}) is not after the previous term's until (${previous.until}): list the terms in order, with no day in two` })
        })
      })
      .optional(),
    'The school terms (for sessions with period: term-time or school-holidays), in order. Days before the first term or after the last are treated as unknown: the page then says "term time only" without a date.',
    [{ from: '2027-01-05', until: '2027-02-12' }, { from: '2027-02-22', until: '2027-03-26' }],
  ),
  postcodeDistricts: field(list(text), 'The local authority district name(s) the postcode service gives for addresses in the city: a postcode anywhere else is outside the area.', ['Anytown']),
  languages: field(
    list(languageTag)
      .superRefine((tags, ctx) => {
        tags.forEach((tag, index) => {
          if (tags.findIndex((other) => other.toLowerCase() === tag.toLowerCase()) < index) ctx.addIssue({ code: 'custom', path: [index], message: `lists ${tag} twice: keep one` })
        })
      })
      .optional(),
    'The languages the site is published in, the first being the default (its pages keep addresses without a language code; each other language\'s pages are under its code, like /cy/help). Each needs its interface words in messages/<code>.json in the content folder, except English (en-GB or en), which the project provides. Leave it out for English only.',
    ['en-GB', 'cy'],
    'language-tags',
  ),
  translations: field(
    z.enum(TRANSLATION_MODES).optional(),
    'What happens to a page not yet translated into one of the languages: fallback (the default) shows it in the default language, marked as such, under a line in the reader\'s language saying so; required (a Welsh council, for example) makes the check, and so every build, fail until every document has a translation into every language, listing each missing file. A translation is a file beside the default one, named with the language: services/stay-and-play.cy.md (docs/translating.md).',
    'required',
  ),
  siteUrl: field(siteUrl, 'The public address of the site (SITE_URL overrides it).', 'https://familyhubs.example.org', 'url'),
  exitPageUrl: field(url, 'Where "Exit this page" goes: a harmless, unrelated site.', 'https://www.bbc.co.uk/weather', 'url'),
  emergencyGuidance: field(text, 'What to do in an emergency, shown in the risk panel.', 'If you call 999 and cannot speak, press 55 when you are asked to.'),
  keyContacts: field(list(text), 'The contacts shown in the footer, on the home page and on the contact page, in order: file names in contacts/ without .yaml.', ['family-hubs-central', 'emergency'], 'contact-keys'),
  mainContact: contactKey('families and professionals call first (shown on hub pages and the page-not-found page)', 'family-hubs-central'),
  safeguardingContact: contactKey('professionals call when a child may be harmed (shown in the "worried a child is at risk" panel)', 'duty-and-advice'),
  emergencyContact: contactKey('for a child in danger right now (shown in the "worried a child is at risk" panel)', 'emergency'),
  reviewEveryMonths: field(z.number().int('must be a whole number').min(1, 'must be 1 or more').max(36, 'must be 36 or less'), 'How many months after lastReviewed a page is due for review (guides set their own reviewDue).', 12, 'whole-number'),
  readingAge: describe(
    z.strictObject({
      families: field(readingAge, 'Reading age to aim for on pages for families.', 9, 'whole-number'),
      professionals: field(readingAge, 'Reading age to aim for on pages for professionals.', 14, 'whole-number'),
    }),
    { description: 'The reading age (Flesch-Kincaid grade + 5) to aim for. A page above it is a warning, and an error with `npm run content:check -- --strict` and in CI, naming the sentence to shorten.', example: { families: 9, professionals: 14 }, typeName: 'ReadingAge' },
  ),
})

export type VenueFrontmatter = z.infer<typeof venueSchema>
export type HubFrontmatter = z.infer<typeof hubSchema>
export type ServiceFrontmatter = z.infer<typeof serviceSchema>
export type SupportLevelFrontmatter = z.infer<typeof supportLevelSchema>
export type GuideFrontmatter = z.infer<typeof guideSchema>
export type PageFrontmatter = z.infer<typeof pageSchema>
export type NeedFrontmatter = z.infer<typeof needSchema>
export type SiteData = z.infer<typeof siteSchema>
export type ContactData = z.infer<typeof contactSchema>
