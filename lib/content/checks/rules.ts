import path from 'node:path'
import { z } from 'zod'
import { CITYWIDE, GUIDE_SECTIONS } from '../enums'
import { contactSchema, guideSchema, hubSchema, needSchema, pageSchema, serviceSchema, siteSchema, supportLevelSchema } from '../schema'
import { COLOUR_NAMES, COLOUR_PAIRS } from '../colours'
import { readLogo } from '../logo'
import { contrastRatio } from './contrast'
import { didYouMean, theKeysAre } from './did-you-mean'
import { displayPath, type LoadedDocument } from './load'
import type { Problems } from './problem'
import { REQUIRED_PAGES, REQUIRED_PAGE_USES } from '../site-pages'

// Rules that look across documents: references by key, the support levels, contacts the site
// needs, unique titles, pages the routes need and review dates.

export { REQUIRED_PAGES } from '../site-pages'

/**
 * Every document of a folder with the fields that are right on their own: a file with one wrong
 * field (reported by load.ts) still has its references checked, and still counts in the others'
 * (a level with a misspelt summary still lists its services), so one mistake gives one message.
 */
export function readable<Shape extends z.ZodRawShape>(documents: readonly LoadedDocument[], folder: string, schema: z.ZodObject<Shape>) {
  const lenient = z.object(schema.shape).partial()
  return documents.flatMap((document) => {
    if (document.kind.folder !== folder) return []
    const whole = document.valid ? lenient.safeParse(document.data) : undefined
    if (whole?.success) return [{ ...document, fields: whole.data }]
    const right = Object.fromEntries(Object.entries(schema.shape).flatMap(([name, field]) => (z.safeParse(field, document.data[name]).success ? [[name, document.data[name]]] : [])))
    const result = lenient.safeParse(right)
    return result.success ? [{ ...document, fields: result.data }] : []
  })
}

/**
 * What the rules below enforce, in an editor's words: the content guide lists these sentences
 * (lib/content/authoring.ts), so a rule added here without its sentence is a rule no one was told.
 */
export const RULES_ACROSS_FILES: readonly string[] = [
  'A file name is the key other files use: every key a file names (a contact, a guide, a service, a hub or a venue) must be the name of a file in that folder.',
  `An area, a level or a role must be one of the keys there are: areas and roles are listed in site.yaml, levels are the \`key\` of a file in support-levels/. A service's \`areas\` may also say ${CITYWIDE}, which no area may be called.`,
  'Each area, role and level has its own key, and each level and each need its own `order` number.',
  'A support level lists its services, and each of them must have that level; a service that no level lists is a warning. A site with services has at least one level.',
  "A need's `teamRoles` must each be in the `team` of at least one hub (when hubs/ has files), so the need never points to help no hub has.",
  'A service with no text below its fields has no page of its own, so it needs a contact, a phone, an email or a website.',
  "A session's `venue` is one of the service's `venues`; a session in term time or the school holidays needs `termDates` in site.yaml.",
  'A file in venues/ may not have the name of a file in hubs/.',
  `A guide has exactly the sections ${GUIDE_SECTIONS.map((heading) => `"## ${heading}"`).join(', ')}, in that order.`,
  'No two hubs, services, guides, pages or needs have the same title (or name), in any mix of capitals.',
  'The contacts site.yaml names as main, safeguarding and emergency contacts each have a phone number.',
  "site.yaml's colours are readable (WCAG 2.2 AA contrast) everywhere the site uses them, and its logo is an SVG or PNG file in the content folder.",
  'The pages every site has (listed above) are all there.',
  "A page is reviewed by `lastReviewed` plus site.yaml's `reviewEveryMonths` (a guide by its `reviewDue`); after that it is a warning, or an error with `--strict`.",
]

export type RuleOptions = { strict: boolean; today: string }

export function checkAcrossDocuments(documents: readonly LoadedDocument[], contentDir: string, problems: Problems, options: RuleOptions): void {
  const hubs = readable(documents, 'hubs', hubSchema)
  const services = readable(documents, 'services', serviceSchema)
  const levels = readable(documents, 'support-levels', supportLevelSchema)
  const guides = readable(documents, 'guides', guideSchema)
  const pages = readable(documents, 'pages', pageSchema)
  const contacts = readable(documents, 'contacts', contactSchema)
  const needs = readable(documents, 'needs', needSchema)
  const [site] = readable(documents, 'site.yaml', siteSchema)
  const folderPath = (folder: string) => displayPath(path.join(contentDir, folder))

  // References resolve against every file present, valid or not: a mistake in one file is reported once, there.
  // Looked up by key (a council's feed may bring tens of thousands of services); the lists are for "did you mean".
  const slugsIn = (folder: string) => documents.filter((document) => document.kind.folder === folder).map((document) => document.slug)
  const guideSlugs = slugsIn('guides')
  const contactKeys = slugsIn('contacts')
  const serviceSlugs = slugsIn('services')
  const isGuide = new Set(guideSlugs)
  const isContact = new Set(contactKeys)
  const serviceBySlug = new Map(services.map((service) => [service.slug, service]))
  const contactByKey = new Map(contacts.map((contact) => [contact.slug, contact]))

  const contactExists = (document: LoadedDocument, field: readonly PropertyKey[], key: string) => {
    if (isContact.has(key)) return
    const name = field.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index ? '.' : ''}${String(segment)}`)).join('')
    problems.error(document.file, document.lineOf(field), name, `"${key}" is not a contact: use the name of a file in contacts/ without .yaml.${didYouMean(key, contactKeys) || ` The contacts are: ${contactKeys.join(', ')}`}`)
  }

  for (const guide of guides) {
    const headings = [...guide.body.matchAll(/^## +(.+?)\s*$/gm)].map((match) => match[1])
    const expected: readonly string[] = GUIDE_SECTIONS
    if (headings.length !== expected.length || !headings.every((heading, index) => heading === expected[index])) {
      const wanted = GUIDE_SECTIONS.map((heading) => `"## ${heading}"`).join(', ')
      const found = headings.length ? headings.map((heading) => `"## ${heading}"`).join(', ') : 'none'
      problems.error(guide.file, guide.bodyLine, '(body)', `needs exactly the sections ${wanted}, in that order (found ${found})`)
    }
  }

  for (const service of services) {
    const { relatedGuide, contacts: keys = [] } = service.fields
    if (relatedGuide !== undefined && !isGuide.has(relatedGuide)) {
      problems.error(
        service.file,
        service.lineOf(['relatedGuide']),
        'relatedGuide',
        `"${relatedGuide}" is not a guide: use the name of a file in guides/ without .md.${didYouMean(relatedGuide, guideSlugs) || ` The guides are: ${guideSlugs.join(', ')}`}`,
      )
    }
    keys.forEach((key, index) => contactExists(service, ['contacts', index], key))
    // Whether the file gives a way to reach the service at all (one written wrongly is reported as such).
    const { phone, email, website } = service.data
    if (service.body.trim() === '' && keys.length === 0 && phone === undefined && email === undefined && website === undefined) {
      problems.error(
        service.file,
        service.lineOf(['contacts']),
        'contacts',
        'is needed when there is no text below the front matter: such a service has no page, so its listing shows who to ask. Add a contact (or the service\'s own phone), or write the text',
      )
    }
  }
  // A service's venues are hubs or venues by file name; one name in both folders would be ambiguous.
  const hubSlugs = slugsIn('hubs')
  const venueSlugs = slugsIn('venues')
  const places = [...hubSlugs, ...venueSlugs]
  const isPlace = new Set(places)
  const isHub = new Set(hubSlugs)
  for (const venue of documents.filter((document) => document.kind.folder === 'venues' && isHub.has(document.slug))) {
    problems.error(venue.file, 1, '(file name)', `"${venue.slug}" is also the name of a file in hubs/, so services could not say which is meant: rename this file`)
  }
  const termsKnown = documents.some((document) => document.kind.singleton && Array.isArray(document.data.termDates))
  for (const service of services) {
    ;(service.fields.venues ?? []).forEach((key, index) => {
      if (!isPlace.has(key)) {
        problems.error(service.file, service.lineOf(['venues', index]), `venues[${index}]`, `"${key}" is not a hub or a venue: use the name of a file in hubs/ or venues/ without .md.${didYouMean(key, places) || (places.length > 0 ? ` The places are: ${places.join(', ')}` : ' There are no files in hubs/ or venues/ yet')}`)
      }
    })
    ;(service.fields.sessions ?? []).forEach((session, index) => {
      if ((session.period === 'term-time' || session.period === 'school-holidays') && !termsKnown) {
        problems.error(service.file, service.lineOf(['sessions', index, 'period']), `sessions[${index}].period`, `${session.period} needs the school terms: add termDates to site.yaml, or take period out`)
      }
    })
  }

  for (const document of [...hubs, ...pages, ...needs]) {
    ;(document.fields.contacts ?? []).forEach((key, index) => contactExists(document, ['contacts', index], key))
  }

  // A need's references must lead somewhere: a broken one would be a dead end for a family.
  // Every role any hub file names counts, even in a team with a mistake (that is reported in the hub).
  const hubRoles = new Set(documents.flatMap((document) => (document.kind.folder === 'hubs' && Array.isArray(document.data.team) ? document.data.team.filter((role) => typeof role === 'string') : [])))
  const hubFiles = documents.filter((document) => document.kind.folder === 'hubs')
  const needOrders = new Map<number, string>()
  for (const need of needs) {
    const { order, services: slugs = [], guides: guideKeys = [], teamRoles = [] } = need.fields
    const sameOrder = order === undefined ? undefined : needOrders.get(order)
    if (sameOrder) problems.error(need.file, need.lineOf(['order']), 'order', `${order} is already used by ${sameOrder}: give each need its own number`)
    if (order !== undefined) needOrders.set(order, need.file)
    slugs.forEach((slug, index) => {
      if (!serviceBySlug.has(slug)) {
        problems.error(need.file, need.lineOf(['services', index]), `services[${index}]`, `"${slug}" is not a service: use the name of a file in services/ without .md.${didYouMean(slug, serviceSlugs) || ` The services are: ${serviceSlugs.join(', ')}`}`)
      }
    })
    guideKeys.forEach((slug, index) => {
      if (!isGuide.has(slug)) {
        problems.error(need.file, need.lineOf(['guides', index]), `guides[${index}]`, `"${slug}" is not a guide: use the name of a file in guides/ without .md.${didYouMean(slug, guideSlugs) || ` The guides are: ${guideSlugs.join(', ')}`}`)
      }
    })
    teamRoles.forEach((role, index) => {
      // An unknown role is reported once, by the roles rule below.
      const known = site && site.fields.roles !== undefined ? site.fields.roles.some((candidate) => candidate.key === role) : true
      if (known && hubFiles.length > 0 && !hubRoles.has(role)) {
        problems.error(need.file, need.lineOf(['teamRoles', index]), `teamRoles[${index}]`, `"${role}" is not in the team of any hub in hubs/: add it to a hub's team, or remove it here`)
      }
    })
  }

  const definedLevels = new Set(levels.flatMap((level) => level.fields.key ?? []))
  const levelFiles = new Map<string, string>()
  const orderFiles = new Map<number, string>()
  const listed = new Set<string>()
  for (const level of levels) {
    const { key, order, services: slugs = [] } = level.fields
    const sameKey = key === undefined ? undefined : levelFiles.get(key)
    if (sameKey) problems.error(level.file, level.lineOf(['key']), 'key', `"${key}" is already used by ${sameKey}: each level appears once`)
    if (key !== undefined) levelFiles.set(key, level.file)
    const sameOrder = order === undefined ? undefined : orderFiles.get(order)
    if (sameOrder) problems.error(level.file, level.lineOf(['order']), 'order', `${order} is already used by ${sameOrder}: give each level its own number`)
    if (order !== undefined) orderFiles.set(order, level.file)
    slugs.forEach((slug, index) => {
      listed.add(slug)
      const service = serviceBySlug.get(slug)
      const field = `services[${index}]`
      const line = level.lineOf(['services', index])
      if (!service) {
        problems.error(level.file, line, field, `"${slug}" is not a service: use the name of a file in services/ without .md.${didYouMean(slug, serviceSlugs)}`)
      } else if (key === undefined || service.fields.level === undefined) {
        // A level key that is wrong in either file is reported there (as is a level no file defines).
      } else if (service.fields.level !== key && definedLevels.has(service.fields.level)) {
        problems.error(level.file, line, field, `"${slug}" has level "${service.fields.level}" in ${service.file}, not "${key}": move it to the right level or change its level`)
      }
    })
  }
  // The levels of help are whatever files support-levels/ holds (a council may have two, or six);
  // every service names one of them.
  const levelKeys = [...levelFiles.keys()]
  if (levels.length === 0 && services.length > 0) {
    problems.error(folderPath('support-levels'), 1, '(file)', 'has no levels of help: add a file for each level (npm run new -- support-level "Targeted help"), so services can name theirs')
  }
  if (levels.length > 0) {
    for (const service of services) {
      const level = service.fields.level
      if (level === undefined) continue
      if (!levelFiles.has(level)) {
        problems.error(service.file, service.lineOf(['level']), 'level', `"${level}" is not a level of help: use the key of a file in support-levels/.${theKeysAre(level, levelKeys, 'levels')}`)
      } else if (!listed.has(service.slug)) {
        problems.warn(
          'unlisted-service',
          { strict: options.strict, ci: false },
          service.file,
          service.lineOf(['level']),
          'level',
          `no support level lists this service, so /early-help does not show it: add "- ${service.slug}" to services: in the support-levels/ file with key "${service.fields.level}"`,
        )
      }
    }
  }

  // Areas are named once, in site.yaml; hubs and services refer to them by key.
  if (site) {
    const areas = site.fields.areas ?? []
    const areaKeys = areas.map((area) => area.key)
    const seenAreas = new Set<string>()
    areas.forEach(({ key }, index) => {
      if (key === CITYWIDE) problems.error(site.file, site.lineOf(['areas', index, 'key']), `areas[${index}].key`, `"${CITYWIDE}" means the whole city in services' areas: give this area another key`)
      else if (seenAreas.has(key)) problems.error(site.file, site.lineOf(['areas', index, 'key']), `areas[${index}].key`, `"${key}" is already the key of another area: give each area its own key`)
      seenAreas.add(key)
    })
    const notAnArea = (key: string, use: string) => `"${key}" is not an area: use ${use} the keys under areas: in site.yaml.${theKeysAre(key, areaKeys, 'areas')}`
    // Without a readable areas: list, site.yaml's own message is the one to act on.
    for (const hub of site.fields.areas === undefined ? [] : hubs) {
      const { area } = hub.fields
      if (area !== undefined && !areaKeys.includes(area)) problems.error(hub.file, hub.lineOf(['area']), 'area', notAnArea(area, 'one of'))
    }
    for (const service of site.fields.areas === undefined ? [] : services) {
      ;(service.fields.areas ?? []).forEach((key, index) => {
        if (key !== CITYWIDE && !areaKeys.includes(key)) problems.error(service.file, service.lineOf(['areas', index]), `areas[${index}]`, notAnArea(key, `${CITYWIDE} for the whole city, or one of`))
      })
    }

    // A council's own colours must keep every text the site draws with them readable.
    const chosen = site.fields.colours ?? {}
    for (const name of COLOUR_NAMES) {
      const value = chosen[name]
      if (value === undefined) continue
      // One line per colour: the place it is hardest to read, where it falls short.
      const worst = COLOUR_PAIRS.filter((pair) => pair.colour === name)
        .map((pair) => ({ pair, ratio: contrastRatio(value, pair.against) }))
        .filter(({ pair, ratio }) => ratio < pair.minimum)
        .sort((a, b) => a.ratio - b.ratio)[0]
      if (worst) {
        problems.error(
          site.file,
          site.lineOf(['colours', name]),
          `colours.${name}`,
          `${value} has a contrast of ${worst.ratio.toFixed(2)}:1 with ${worst.pair.againstName}, where the site uses it for ${worst.pair.use}; WCAG 2.2 AA needs at least ${worst.pair.minimum}:1: choose a darker colour`,
        )
      }
    }

    const { logo } = site.fields
    if (logo) {
      const read = readLogo(contentDir, logo.file)
      if ('problem' in read) problems.error(site.file, site.lineOf(['logo', 'file']), 'logo.file', read.problem)
    }

    // Roles in hub teams are named once, in site.yaml; hubs and needs refer to them by key.
    const roles = site.fields.roles ?? []
    const roleKeys = roles.map((role) => role.key)
    const seenRoles = new Set<string>()
    roles.forEach(({ key }, index) => {
      if (seenRoles.has(key)) problems.error(site.file, site.lineOf(['roles', index, 'key']), `roles[${index}].key`, `"${key}" is already the key of another role: give each role its own key`)
      seenRoles.add(key)
    })
    const roleExists = (document: LoadedDocument, field: string, key: string, index: number) => {
      // A roles: list site.yaml has but with a mistake: that mistake is the message.
      if (roleKeys.includes(key) || (site.fields.roles === undefined && site.data.roles !== undefined)) return
      problems.error(document.file, document.lineOf([field, index]), `${field}[${index}]`, `"${key}" is not a role: use one of the keys under roles: in site.yaml, or add the role there.${roleKeys.length > 0 ? theKeysAre(key, roleKeys, 'roles') : ' site.yaml has no roles:'}`)
    }
    for (const hub of hubs) (hub.fields.team ?? []).forEach((key, index) => roleExists(hub, 'team', key, index))
    for (const need of needs) (need.fields.teamRoles ?? []).forEach((key, index) => roleExists(need, 'teamRoles', key, index))
  }

  const siteDocument = documents.find((document) => document.kind.singleton)
  if (!siteDocument) {
    problems.error(folderPath('site.yaml'), 1, '(file)', 'is missing: the site name, contacts and exit page come from it')
  } else if (site) {
    ;(site.fields.keyContacts ?? []).forEach((key, index) => contactExists(site, ['keyContacts', index], key))
    for (const role of ['mainContact', 'safeguardingContact', 'emergencyContact'] as const) {
      const key = site.fields[role]
      if (key === undefined) continue
      contactExists(site, [role], key)
      const contact = contactByKey.get(key)
      // A phone written wrongly is reported in the contact's file: only one left out is missing.
      if (contact && contact.data.phone === undefined) {
        problems.error(contact.file, 1, 'phone', `is missing: site.yaml names this contact as ${role}, which the site shows with a phone number`)
      }
    }
  }

  const titles = new Map<string, LoadedDocument>()
  for (const document of [...hubs, ...services, ...guides, ...pages, ...needs]) {
    const field = document.kind.titleField
    const title = field ? document.data[field] : undefined
    if (typeof title !== 'string' || !field) continue
    const key = title.trim().toLowerCase()
    const first = titles.get(key)
    if (first) {
      problems.error(document.file, document.lineOf([field]), field, `"${title}" is also the title of ${first.file}: give each page its own title, so people can tell them apart in search results and tabs`)
    } else titles.set(key, document)
  }

  const pageSlugs = new Set(documents.filter((document) => document.kind.folder === 'pages').map((page) => page.slug))
  for (const slug of REQUIRED_PAGES) {
    if (!pageSlugs.has(slug)) problems.error(folderPath(`pages/${slug}.md`), 1, '(file)', `is missing: it is ${REQUIRED_PAGE_USES[slug]}. Put it back: every site has the pages the content guide lists`)
  }

  const reviewEveryMonths = site?.fields.reviewEveryMonths
  // Review dates are read from the fields that are right on their own: a wrong date is reported as
  // such, and a mistake elsewhere in the file does not hide a review that is due.
  if (reviewEveryMonths !== undefined) checkReviewDates([...hubs, ...services, ...guides, ...pages, ...needs], reviewEveryMonths, problems, options)
}

function addMonths(isoDate: string, months: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCMonth(date.getUTCMonth() + months)
  return date.toISOString().slice(0, 10)
}

type Reviewed = LoadedDocument & { fields: { lastReviewed?: string; reviewDue?: string } }

function checkReviewDates(documents: readonly Reviewed[], everyMonths: number, problems: Problems, options: RuleOptions): void {
  const report = (file: string, line: number, field: string, message: string) => problems.warn('review-due', { strict: options.strict, ci: false }, file, line, field, message)
  for (const document of documents) {
    const { reviewDue, lastReviewed } = document.fields
    // A review due before the last review is reported by the schema: once is enough.
    if (reviewDue !== undefined && lastReviewed !== undefined && reviewDue <= lastReviewed) continue
    if (typeof reviewDue === 'string') {
      if (reviewDue < options.today) {
        report(document.file, document.lineOf(['reviewDue']), 'reviewDue', `(${reviewDue}) has passed: check the ${document.kind.noun} is still right, then set lastReviewed to today and reviewDue to the next review date`)
      }
    } else if (typeof lastReviewed === 'string') {
      const due = addMonths(lastReviewed, everyMonths)
      if (due < options.today) {
        report(document.file, document.lineOf(['lastReviewed']), 'lastReviewed', `(${lastReviewed}) is more than ${everyMonths} months ago, so a review was due on ${due}: check the ${document.kind.noun} is still right, then set lastReviewed to today`)
      }
    }
  }
}
