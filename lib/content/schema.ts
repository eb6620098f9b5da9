import { z } from 'zod'
import {
  ACCESS_ROUTES,
  AREAS,
  AUDIENCES,
  CONTACT_KEYS,
  COVERAGE,
  DAYS,
  LEVELS,
  TEAM_ROLES,
} from './enums'
import { CLOCK_TIME, EMAIL, ISO_DATE, UK_POSTCODE, isUkPhone } from './formats'

// Schemas for what editors write in front matter (before contentlayer touches it). Every
// message finishes the sentence "<file>: <field> ..." and says how to fix it.

const text = z.string().trim().min(1, 'is empty: write some text here')

const phone = z
  .string()
  .refine(isUkPhone, 'is not a UK phone number: write it with digits and spaces, like 0113 535 0185 (or 999)')

const email = z.string().regex(EMAIL, 'is not an email address: write it like name@leeds.gov.uk')

const postcode = z
  .string()
  .regex(UK_POSTCODE, 'is not a full UK postcode: use capitals and one space, like LS11 6PF')

const isoDate = z
  .string()
  .regex(ISO_DATE, 'is not a date: write it as YYYY-MM-DD, like 2026-11-01')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'is not a real date: check the day and month')

const age = z
  .number()
  .int('must be a whole number of years')
  .min(0, 'must be 0 or more')
  .max(25, 'must be 25 or less: this site covers children and young people up to 25')

const url = z.url({ protocol: /^https$/, error: 'must be a full web address starting with https://' })

const siteUrl = z.url({ protocol: /^https?$/, error: 'must be a full web address starting with https:// (or http:// for a local copy)' })

function list<T extends z.ZodType>(item: T, minimum = 1) {
  return z.array(item).min(minimum, `needs at least ${minimum} entr${minimum === 1 ? 'y' : 'ies'}`)
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

const openingTime = z
  .strictObject({
    day: z.enum(DAYS),
    opens: z.string().regex(CLOCK_TIME, 'is not a time: write it as HH:MM on the 24-hour clock, like 09:00'),
    closes: z.string().regex(CLOCK_TIME, 'is not a time: write it as HH:MM on the 24-hour clock, like 17:00'),
  })
  .superRefine((value, ctx) => {
    if (value.opens >= value.closes) {
      ctx.addIssue({ code: 'custom', path: ['closes'], message: `(${value.closes}) must be later than opens (${value.opens})` })
    }
  })

export const hubSchema = z
  .strictObject({
    name: text,
    summary: text,
    addressLines: list(text),
    postcode,
    area: z.enum(AREAS),
    latitude: z.number().min(49.8, 'is outside the UK: check the latitude').max(60.9, 'is outside the UK: check the latitude'),
    longitude: z.number().min(-8.7, 'is outside the UK: check the longitude').max(1.8, 'is outside the UK: check the longitude'),
    coordinatesApproximate: z.boolean(),
    phone,
    email,
    ageFrom: age,
    ageTo: age,
    sendAgeTo: age.optional(),
    team: list(z.enum(TEAM_ROLES)),
    openingTimes: list(openingTime).optional(),
    lastReviewed: isoDate,
  })
  .superRefine(ageRange)

export const serviceSchema = z
  .strictObject({
    name: text,
    summary: text,
    level: z.enum(LEVELS),
    audience: z.enum(AUDIENCES),
    ageFrom: age,
    ageTo: age,
    sendAgeTo: age.optional(),
    access: list(z.enum(ACCESS_ROUTES)),
    contacts: list(z.enum(CONTACT_KEYS)).optional(),
    areas: list(z.enum(COVERAGE)),
    relatedGuide: text.optional(),
    lastReviewed: isoDate,
  })
  .superRefine(ageRange)

export const supportLevelSchema = z.strictObject({
  key: z.enum(LEVELS),
  order: z.number().int('must be a whole number').min(1, 'must be 1 or more'),
  name: text,
  whoFor: text,
  summary: text,
  services: list(text),
})

export const guideSchema = z
  .strictObject({
    title: text,
    summary: text,
    audience: z.enum(AUDIENCES),
    lastReviewed: isoDate,
    reviewDue: isoDate,
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
  title: text,
  description: text,
  lastReviewed: isoDate,
})

const contact = z.strictObject({
  key: z.enum(CONTACT_KEYS),
  name: text,
  description: text,
  phone,
  email: email.optional(),
  hours: text.optional(),
})

export const siteSchema = z.strictObject({
  siteName: text,
  organisationName: text,
  city: text,
  siteUrl,
  exitPageUrl: url,
  emergencyGuidance: text,
  contacts: list(contact),
})

export type HubFrontmatter = z.infer<typeof hubSchema>
export type ServiceFrontmatter = z.infer<typeof serviceSchema>
export type SupportLevelFrontmatter = z.infer<typeof supportLevelSchema>
export type GuideFrontmatter = z.infer<typeof guideSchema>
export type PageFrontmatter = z.infer<typeof pageSchema>
export type SiteData = z.infer<typeof siteSchema>
