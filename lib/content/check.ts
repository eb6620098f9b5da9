import fs from 'node:fs'
import path from 'node:path'
import { parse as parseYaml, YAMLParseError } from 'yaml'
import type { z } from 'zod'
import { CONTACT_KEYS, GUIDE_SECTIONS, LEVELS } from './enums'
import {
  guideSchema,
  hubSchema,
  needSchema,
  pageSchema,
  serviceSchema,
  siteSchema,
  supportLevelSchema,
  type GuideFrontmatter,
  type HubFrontmatter,
  type NeedFrontmatter,
  type PageFrontmatter,
  type ServiceFrontmatter,
  type SiteData,
  type SupportLevelFrontmatter,
} from './schema'

// Finds every problem in a content folder, as `file: field: message`, before contentlayer
// runs. Contentlayer alone would warn and silently drop a broken document.

export type ContentProblem = { file: string; field: string; message: string }

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`
}

/** Pages that a route of the site renders; deleting one would break that route. */
export const REQUIRED_PAGES = [
  'early-help',
  'about-family-hubs',
  'professionals',
  'contact',
  'accessibility',
  'privacy',
  'staying-safe-online',
] as const

const FOLDERS = {
  hubs: { schema: hubSchema, noun: 'hub' },
  services: { schema: serviceSchema, noun: 'service' },
  'support-levels': { schema: supportLevelSchema, noun: 'support level' },
  guides: { schema: guideSchema, noun: 'guide' },
  pages: { schema: pageSchema, noun: 'page' },
  needs: { schema: needSchema, noun: 'need' },
} as const
type Folder = keyof typeof FOLDERS

function isFolder(name: string): name is Folder {
  return Object.hasOwn(FOLDERS, name)
}

type Doc<T> = { file: string; slug: string; data: T; body: string }

type Parsed = {
  hubs: Doc<HubFrontmatter>[]
  services: Doc<ServiceFrontmatter>[]
  'support-levels': Doc<SupportLevelFrontmatter>[]
  guides: Doc<GuideFrontmatter>[]
  pages: Doc<PageFrontmatter>[]
  needs: Doc<NeedFrontmatter>[]
  site?: { file: string; data: SiteData }
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? walk(full) : [full]
  })
}

function fieldName(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((name, segment) => {
    if (typeof segment === 'number') return `${name}[${segment}]`
    return name ? `${name}.${String(segment)}` : String(segment)
  }, '')
}

function valueAt(data: unknown, segments: readonly PropertyKey[]): unknown {
  let current: unknown = data
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined
    current = Reflect.get(current, segment)
  }
  return current
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number (without quotes)',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a group of fields',
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value === null) return 'empty'
  if (typeof value === 'string') return `the text "${value}"`
  return `${typeof value} ${JSON.stringify(value)}`
}

function toProblems(file: string, issues: z.core.$ZodIssue[], data: unknown, allowed: string[]): ContentProblem[] {
  return issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      const hint = issue.path.length === 0 ? ` (the fields are: ${allowed.join(', ')})` : ''
      return issue.keys.map((key) => ({
        file,
        field: fieldName([...issue.path, key]),
        message: `is not a field here: remove it or correct the spelling${hint}`,
      }))
    }
    const field = fieldName(issue.path) || '(front matter)'
    const value = valueAt(data, issue.path)
    if (value === undefined && issue.code !== 'custom') {
      return [{ file, field, message: 'is missing: add it, it is required' }]
    }
    if (issue.code === 'invalid_type') {
      const expected = EXPECTED[issue.expected] ?? issue.expected
      return [{ file, field, message: `must be ${expected}, but it is ${describeValue(value)}` }]
    }
    if (issue.code === 'invalid_value') {
      const options = issue.values.map(String).join(', ')
      return [{ file, field, message: `is ${describeValue(value)}, which is not allowed: use one of ${options}` }]
    }
    return [{ file, field, message: issue.message }]
  })
}

function splitFrontMatter(source: string): { yaml: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n([\s\S]*))?$/.exec(source)
  return match ? { yaml: match[1] ?? '', body: match[2] ?? '' } : undefined
}

function parseYamlObject(file: string, yaml: string, problems: ContentProblem[]): Record<string, unknown> | undefined {
  try {
    const value: unknown = parseYaml(yaml)
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return Object.fromEntries(Object.entries(value))
    problems.push({ file, field: '(front matter)', message: 'must be a list of "field: value" lines' })
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` on line ${error.linePos[0].line}` : ''
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    problems.push({ file, field: '(front matter)', message: `is not valid YAML${where}: ${reason}` })
  }
  return undefined
}

function parseDocuments(contentDir: string, problems: ContentProblem[]): Parsed {
  const parsed: Parsed = { hubs: [], services: [], 'support-levels': [], guides: [], pages: [], needs: [] }
  const root = path.resolve(contentDir)
  const display = (full: string) => {
    const relative = path.relative(process.cwd(), full)
    return (relative.startsWith('..') ? full : relative).split(path.sep).join('/')
  }

  for (const full of walk(root).sort()) {
    const file = display(full)
    const rel = path.relative(root, full).split(path.sep)
    const source = fs.readFileSync(full, 'utf8')

    if (rel.length === 1 && rel[0] === 'site.yaml') {
      const data = parseYamlObject(file, source, problems)
      if (!data) continue
      const result = siteSchema.safeParse(data)
      if (result.success) parsed.site = { file, data: result.data }
      else problems.push(...toProblems(file, result.error.issues, data, Object.keys(siteSchema.shape)))
      continue
    }

    const [folder, name] = rel
    if (rel.length !== 2 || folder === undefined || name === undefined || !isFolder(folder) || !name.endsWith('.md')) {
      problems.push({
        file,
        field: '(file)',
        message: `is not where content lives: put a .md file in one of ${Object.keys(FOLDERS).join('/, ')}/ or edit site.yaml`,
      })
      continue
    }
    const slug = name.slice(0, -'.md'.length)
    if (!SLUG.test(slug)) {
      problems.push({
        file,
        field: '(file name)',
        message: 'becomes the web address: use only lower-case letters, numbers and single hyphens, like dewsbury-road.md',
      })
    }
    const parts = splitFrontMatter(source)
    if (!parts) {
      problems.push({ file, field: '(front matter)', message: 'is missing: start the file with a line of ---, the fields, then another ---' })
      continue
    }
    if (parts.body.trim() === '') {
      problems.push({ file, field: '(body)', message: `is empty: write the text of this ${FOLDERS[folder].noun} below the front matter` })
    }
    const data = parseYamlObject(file, parts.yaml, problems)
    if (!data) continue
    const allowed = Object.keys(FOLDERS[folder].schema.shape)
    const add = <T,>(target: Doc<T>[], schema: z.ZodType<T>) => {
      const result = schema.safeParse(data)
      if (result.success) target.push({ file, slug, body: parts.body, data: result.data })
      else problems.push(...toProblems(file, result.error.issues, data, allowed))
    }
    if (folder === 'hubs') add(parsed.hubs, hubSchema)
    else if (folder === 'services') add(parsed.services, serviceSchema)
    else if (folder === 'support-levels') add(parsed['support-levels'], supportLevelSchema)
    else if (folder === 'guides') add(parsed.guides, guideSchema)
    else if (folder === 'needs') add(parsed.needs, needSchema)
    else add(parsed.pages, pageSchema)
  }
  return parsed
}

function guideSectionProblem(body: string): string | undefined {
  const headings = [...body.matchAll(/^## +(.+?)\s*$/gm)].map((match) => match[1])
  const expected: readonly string[] = GUIDE_SECTIONS
  if (headings.length === expected.length && headings.every((heading, index) => heading === expected[index])) return undefined
  const wanted = GUIDE_SECTIONS.map((heading) => `"## ${heading}"`).join(', ')
  const found = headings.length ? headings.map((heading) => `"## ${heading}"`).join(', ') : 'none'
  return `needs exactly the sections ${wanted}, in that order (found ${found})`
}

function crossCheck(parsed: Parsed, contentDir: string, problems: ContentProblem[]): void {
  const guideSlugs = new Set(parsed.guides.map((guide) => guide.slug))
  const servicesBySlug = new Map(parsed.services.map((service) => [service.slug, service]))
  const siteFile = path.join(contentDir, 'site.yaml')

  for (const guide of parsed.guides) {
    const message = guideSectionProblem(guide.body)
    if (message) problems.push({ file: guide.file, field: '(body)', message })
  }

  const contactKeys = new Set(parsed.site?.data.contacts.map((contact) => contact.key))
  for (const service of parsed.services) {
    const { relatedGuide, contacts = [] } = service.data
    if (relatedGuide !== undefined && !guideSlugs.has(relatedGuide)) {
      problems.push({
        file: service.file,
        field: 'relatedGuide',
        message: `"${relatedGuide}" is not a guide: use the name of a file in guides/ without .md (${[...guideSlugs].join(', ')})`,
      })
    }
    contacts.forEach((key, index) => {
      if (parsed.site && !contactKeys.has(key)) {
        problems.push({ file: service.file, field: `contacts[${index}]`, message: `"${key}" is not a contact in site.yaml: add it there or remove it here` })
      }
    })
  }

  checkNeeds(parsed, contactKeys, problems)

  const levelFiles = new Map<string, string>()
  const orderFiles = new Map<number, string>()
  for (const level of parsed['support-levels']) {
    const { key, order, services } = level.data
    const sameKey = levelFiles.get(key)
    if (sameKey) problems.push({ file: level.file, field: 'key', message: `"${key}" is already used by ${sameKey}: each level appears once` })
    levelFiles.set(key, level.file)
    const sameOrder = orderFiles.get(order)
    if (sameOrder) problems.push({ file: level.file, field: 'order', message: `${order} is already used by ${sameOrder}: give each level its own number` })
    orderFiles.set(order, level.file)
    services.forEach((slug, index) => {
      const service = servicesBySlug.get(slug)
      const field = `services[${index}]`
      if (!service) {
        problems.push({ file: level.file, field, message: `"${slug}" is not a service: use the name of a file in services/ without .md` })
      } else if (service.data.level !== key) {
        problems.push({
          file: level.file,
          field,
          message: `"${slug}" has level "${service.data.level}" in ${service.file}, not "${key}": move it to the right level or change its level`,
        })
      }
    })
  }
  for (const key of LEVELS) {
    if (parsed['support-levels'].length > 0 && !levelFiles.has(key)) {
      problems.push({ file: path.join(contentDir, 'support-levels').split(path.sep).join('/'), field: '(file)', message: `has no file with key "${key}": every level of support needs one` })
    }
  }

  if (!parsed.site) {
    if (!problems.some((problem) => problem.file.endsWith('site.yaml'))) {
      problems.push({ file: siteFile, field: '(file)', message: 'is missing: the site name, contacts and exit page come from it' })
    }
  } else {
    const seen = new Set<string>()
    parsed.site.data.contacts.forEach((contact, index) => {
      if (seen.has(contact.key)) {
        problems.push({ file: parsed.site?.file ?? siteFile, field: `contacts[${index}].key`, message: `"${contact.key}" appears twice: keep one` })
      }
      seen.add(contact.key)
    })
    for (const key of CONTACT_KEYS) {
      if (!seen.has(key)) {
        problems.push({ file: parsed.site.file, field: 'contacts', message: `has no contact with key "${key}": pages show it, so add it` })
      }
    }
  }

  const pageSlugs = new Set(parsed.pages.map((page) => page.slug))
  for (const slug of REQUIRED_PAGES) {
    if (!pageSlugs.has(slug) && !problems.some((problem) => problem.file.endsWith(`pages/${slug}.md`))) {
      problems.push({
        file: path.join(contentDir, 'pages', `${slug}.md`).split(path.sep).join('/'),
        field: '(file)',
        message: `is missing: the /${slug} page shows it, so put it back`,
      })
    }
  }
}

/** A need's references must lead somewhere: a broken one would be a dead end for a family. */
function checkNeeds(parsed: Parsed, contactKeys: Set<string>, problems: ContentProblem[]): void {
  const serviceSlugs = parsed.services.map((service) => service.slug)
  const guideSlugs = parsed.guides.map((guide) => guide.slug)
  const hubRoles = new Set(parsed.hubs.flatMap((hub) => hub.data.team))
  const orders = new Map<number, string>()
  for (const need of parsed.needs) {
    const { order, services = [], guides = [], contacts, teamRoles = [] } = need.data
    const sameOrder = orders.get(order)
    if (sameOrder) problems.push({ file: need.file, field: 'order', message: `${order} is already used by ${sameOrder}: give each need its own number` })
    orders.set(order, need.file)
    services.forEach((slug, index) => {
      if (!serviceSlugs.includes(slug)) {
        problems.push({
          file: need.file,
          field: `services[${index}]`,
          message: `"${slug}" is not a service: use the name of a file in services/ without .md (${serviceSlugs.join(', ')})`,
        })
      }
    })
    guides.forEach((slug, index) => {
      if (!guideSlugs.includes(slug)) {
        problems.push({
          file: need.file,
          field: `guides[${index}]`,
          message: `"${slug}" is not a guide: use the name of a file in guides/ without .md (${guideSlugs.join(', ')})`,
        })
      }
    })
    teamRoles.forEach((role, index) => {
      if (parsed.hubs.length > 0 && !hubRoles.has(role)) {
        problems.push({
          file: need.file,
          field: `teamRoles[${index}]`,
          message: `"${role}" is not in the team of any hub in hubs/: add it to a hub's team, or remove it here`,
        })
      }
    })
    contacts.forEach((key, index) => {
      if (parsed.site && !contactKeys.has(key)) {
        problems.push({ file: need.file, field: `contacts[${index}]`, message: `"${key}" is not a contact in site.yaml: add it there or remove it here` })
      }
    })
  }
}

export function checkContent(contentDir: string): ContentProblem[] {
  const problems: ContentProblem[] = []
  if (!fs.existsSync(contentDir)) {
    return [{ file: contentDir, field: '(folder)', message: 'does not exist: set CONTENT_DIR to the content folder' }]
  }
  const parsed = parseDocuments(contentDir, problems)
  crossCheck(parsed, path.relative(process.cwd(), path.resolve(contentDir)) || '.', problems)
  return problems
}
