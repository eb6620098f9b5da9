import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse, parseDocument, stringify } from 'yaml'
import { runContentCheck, type ContentProblem } from '@/lib/content/check'
import { contactSchema, hubSchema, needSchema, serviceSchema, siteSchema, supportLevelSchema, venueSchema } from '@/lib/content/schema'
import { mapService, slugFor, type ImportContext, type MappedService } from './map'
import { importedService, unreadFields } from './read-feed'

// The import as a whole: every feed service mapped, given file names, written into a copy of
// the content folder and put through the content check there; only when that copy passes are
// the files written into the real folder (each by a rename, so no file is ever half written).
// A service whose file the check refuses is imported without its text, or else left out, and
// the summary says why. Files carry a comment with a hash of what the importer wrote: a file
// whose hash no longer matches was changed by an editor and is kept unless --force.

export type ImportOptions = {
  contentDir: string
  /** Make hubs of the feed's locations. */
  hubs?: boolean
  /** Overwrite files an editor changed since the last import (or wrote themselves). */
  force?: boolean
  /** The level for services whose terms name none of the folder's levels (default: the first level). */
  level?: string
  /** YYYY-MM-DD, for services without last_modified (default: today). */
  today?: string
  /** For the content check's links (default: ./app and ./public). */
  appDir?: string
  publicDir?: string
  /** Where the checked copy of the folder is made (default: the system's temporary folder); the command line removes it if the import is stopped. */
  workDir?: string
}

/** A file the import writes: where (relative to the content folder), what, and for the message if it cannot be written, whose file it is. */
export type PlannedWrite = { path: string; text: string; whose: string }

/** Everything an import would do, worked out and checked, with nothing yet written into the content folder. */
export type ImportPlan = { contentDir: string; report: ImportReport; writes: PlannedWrite[] }

export type ImportReport = {
  /** Problems the folder had before the import, which the import neither caused nor fixed. */
  alreadyThere: string[]
  written: string[]
  unchanged: string[]
  kept: { file: string; reason: string }[]
  skipped: { name: string; reason: string }[]
  notes: { name: string; file: string; notes: string[] }[]
  levelsUpdated: string[]
}

export class ImportError extends Error {}

const MARKER = /^# Imported from an Open Referral feed \(hash ([0-9a-f]{16})\)/
const marker = (hash: string) => `# Imported from an Open Referral feed (hash ${hash}): edit freely, the next import keeps an edited file.`
const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16)

/** Front matter in the schema's field order; every string quoted, so "09:00" and "999" stay text. */
function yamlOf(data: Record<string, unknown>, order: readonly string[]): string {
  const ordered = Object.fromEntries(order.flatMap((key) => (data[key] === undefined ? [] : [[key, data[key]]])))
  return stringify(ordered, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 })
}

/** The file's text with the importer's comment (its hash covers everything else). */
function withMarker(kind: 'markdown' | 'yaml', yaml: string, body = ''): string {
  const rest = kind === 'markdown' ? `${yaml}---\n${body.trim() ? `\n${body.trim()}\n` : ''}` : yaml
  const hash = hashOf(rest)
  return kind === 'markdown' ? `---\n${marker(hash)}\n${rest}` : `${marker(hash)}\n${rest}`
}

/** How an existing file stands: missing, as the importer left it, or changed by someone. */
function existingState(file: string): 'missing' | 'imported' | 'edited' | 'own' {
  if (!fs.existsSync(file)) return 'missing'
  const text = fs.readFileSync(file, 'utf8')
  const lines = text.split('\n')
  const markerIndex = lines[0] === '---' ? 1 : 0
  const found = MARKER.exec(lines[markerIndex] ?? '')
  if (!found) return 'own'
  const rest = [...lines.slice(0, markerIndex), ...lines.slice(markerIndex + 1)].join('\n').replace(/^---\n/, '')
  return hashOf(rest) === found[1] ? 'imported' : 'edited'
}

type PlannedFile = { path: string; text: string; owner?: number; whose: string }

/**
 * The longest file name (without extension) the import gives, in bytes: a long feed name must
 * not make a name the file system refuses (255 bytes, with `.importing` and a `-2` added while
 * writing), and makes an unwieldy web address anyway.
 */
export const MAX_FILE_NAME_BYTES = 100

/** A file name cut to MAX_FILE_NAME_BYTES, at a hyphen where there is one. */
export function cappedSlug(slug: string): string {
  if (Buffer.byteLength(slug) <= MAX_FILE_NAME_BYTES) return slug
  const cut = Buffer.from(slug).subarray(0, MAX_FILE_NAME_BYTES).toString('utf8').replace(/\uFFFD+$/, '')
  const atHyphen = cut.lastIndexOf('-')
  return (atHyphen > MAX_FILE_NAME_BYTES / 2 ? cut.slice(0, atHyphen) : cut).replace(/-+$/, '')
}

function readYamlFile(file: string): unknown {
  try {
    return parse(fs.readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}

/** The front matter of each markdown file in one folder (only what the import needs, not the whole folder). */
function frontMatters(contentDir: string, folder: string): { slug: string; data: unknown }[] {
  const dir = path.join(contentDir, folder)
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap((name) => {
      const yaml = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(fs.readFileSync(path.join(dir, name), 'utf8'))?.[1]
      try {
        return yaml === undefined ? [] : [{ slug: name.slice(0, -3), data: parse(yaml) }]
      } catch {
        return []
      }
    })
}

/** A copy of a folder for the check to read: hard links where it can (fast), else copies. Files are replaced, never written through. */
function stageCopy(from: string, to: string): void {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) {
      fs.mkdirSync(target)
      stageCopy(source, target)
    } else {
      try {
        fs.linkSync(source, target)
      } catch {
        fs.copyFileSync(source, target)
      }
    }
  }
}

/** Writes a file in the staged copy without touching the file it may be a hard link to. */
function replaceStaged(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.rmSync(file, { force: true })
  fs.writeFileSync(file, text)
}

function readFolder(contentDir: string, options: ImportOptions): { context: ImportContext; listFiles: Map<string, string> } {
  if (!fs.existsSync(path.join(contentDir, 'site.yaml'))) {
    throw new ImportError(`${contentDir}/site.yaml is missing: import into a content folder that has its site settings and levels of help (start from a copy of the site's content folder, or of examples/starter if you have it)`)
  }
  const site = siteSchema.safeParse(readYamlFile(path.join(contentDir, 'site.yaml')))
  if (!site.success) throw new ImportError(`${contentDir}/site.yaml does not pass the content check: run npm run content:check and fix it first`)
  // A level of a new folder may list no services yet: the import fills the list.
  const levels = frontMatters(contentDir, 'support-levels')
    .flatMap(({ slug, data }) => {
      const level = supportLevelSchema.pick({ key: true, name: true, order: true }).loose().safeParse(data)
      return level.success ? [{ file: slug, ...level.data }] : []
    })
    .sort((a, b) => a.order - b.order)
  const needs = frontMatters(contentDir, 'needs').flatMap(({ slug, data }) => {
    const need = needSchema.pick({ name: true }).loose().safeParse(data)
    return need.success ? [{ slug, name: need.data.name }] : []
  })
  const defaultLevel = options.level ?? levels[0]?.key
  if (!defaultLevel) throw new ImportError(`${contentDir}/support-levels/ has no levels of help: every service needs one (add a file there first)`)
  if (!levels.some((level) => level.key === defaultLevel)) throw new ImportError(`--level ${defaultLevel}: no level with that key in ${contentDir}/support-levels/ (there are ${levels.map((level) => level.key).join(', ')})`)
  return {
    context: { site: site.data, levels, needs, defaultLevel, today: options.today ?? new Date().toISOString().slice(0, 10), hubs: options.hubs ?? false },
    // The files whose services: lists the import adds to, by "level:<key>" and "need:<slug>".
    listFiles: new Map([...levels.map((level) => [`level:${level.key}`, path.join('support-levels', `${level.file}.md`)] as const), ...needs.map((need) => [`need:${need.slug}`, path.join('needs', `${need.slug}.md`)] as const)]),
  }
}

/** A file name not taken by another entry of this import (an earlier import's file for the same entry is reused). */
function claim(taken: Set<string>, folder: string, slug: string, extension: string): string {
  const base = cappedSlug(slug)
  for (let index = 1; ; index += 1) {
    const candidate = path.join(folder, `${index === 1 ? base : `${base}-${index}`}.${extension}`)
    if (!taken.has(candidate)) {
      taken.add(candidate)
      return candidate
    }
  }
}

function planFiles(mapped: readonly (MappedService | undefined)[], withoutBody: ReadonlySet<number>, folderHubs: readonly { slug: string; name: string }[]): { files: PlannedFile[]; serviceFiles: Map<number, string>; mainFiles: Map<number, string>; venueNotes: Map<number, string[]> } {
  const taken = new Set<string>()
  const files: PlannedFile[] = []
  const serviceFiles = new Map<number, string>()
  /** The file the summary names for each entry: its service file, or its hub's. */
  const mainFiles = new Map<number, string>()
  const contactKeys = new Map<string, string>()
  const contactOrder = Object.keys(contactSchema.shape)
  // Each place once, by its ref: hubs first (a service held at a hub names the hub), then venues.
  const placeKeys = new Map<string, string>()
  const hubFiles = new Map<number, string[]>()
  const venueNotes = new Map<number, string[]>()
  mapped.forEach((service, owner) => {
    for (const hub of service?.hubs ?? []) {
      const file = claim(taken, 'hubs', hub.slug, 'md')
      placeKeys.set(hub.ref, path.basename(file, '.md'))
      hubFiles.set(owner, [...(hubFiles.get(owner) ?? []), file])
    }
  })
  // A venue may not share a hub's file name; a place that is one of the folder's hubs (by name) is that hub.
  for (const hub of folderHubs) taken.add(path.join('venues', `${hub.slug}.md`))
  for (const file of taken) if (file.startsWith(`hubs${path.sep}`)) taken.add(path.join('venues', path.basename(file)))
  mapped.forEach((service, owner) => {
    for (const venue of service?.venues ?? []) {
      if (placeKeys.has(venue.ref)) continue
      const hub = folderHubs.find((candidate) => candidate.name.toLowerCase() === venue.name.toLowerCase())
      if (hub) {
        placeKeys.set(venue.ref, hub.slug)
        continue
      }
      const file = claim(taken, 'venues', venue.slug, 'md')
      placeKeys.set(venue.ref, path.basename(file, '.md'))
      venueNotes.set(owner, [...(venueNotes.get(owner) ?? []), `location "${venue.name}": made a venue (${file}), its map position marked approximate (the feed does not say): check it`])
      files.push({ path: file, owner, whose: `the venue "${venue.name}" of the service "${service?.name ?? ''}"`, text: withMarker('markdown', yamlOf(venue.data, Object.keys(venueSchema.shape)), venue.body) })
    }
  })
  const placeKey = (ref: string) => placeKeys.get(ref) ?? ref
  mapped.forEach((service, owner) => {
    if (!service) return
    const keys = service.contacts.map(({ data }) => {
      const identity = JSON.stringify(data)
      const known = contactKeys.get(identity)
      if (known) return known
      const file = claim(taken, 'contacts', slugFor(data.name), 'yaml')
      const key = path.basename(file, '.yaml')
      contactKeys.set(identity, key)
      files.push({ path: file, text: withMarker('yaml', yamlOf(data, contactOrder)), whose: `the contact "${data.name}" of the service "${service.name}"` })
      return key
    })
    const contacts = keys.length > 0 ? { contacts: [...new Set(keys)] } : {}
    for (const [index, hub] of service.hubs.entries()) {
      const hubFile = hubFiles.get(owner)?.[index] ?? claim(taken, 'hubs', hub.slug, 'md')
      if (!mainFiles.has(owner)) mainFiles.set(owner, hubFile)
      files.push({ path: hubFile, owner, whose: `the hub "${hub.name}" of the service "${service.name}"`, text: withMarker('markdown', yamlOf({ ...hub.data, ...contacts }, Object.keys(hubSchema.shape)), hub.body) })
    }
    // A service that is the help given at one hub of the same name (as this site publishes its
    // hubs) is that hub: no service file beside it.
    const [onlyHub] = service.hubs
    if (service.hubs.length === 1 && onlyHub?.name === service.name) return
    const file = claim(taken, 'services', service.slug, 'md')
    serviceFiles.set(owner, file)
    mainFiles.set(owner, file)
    const places = {
      ...(service.data.venues ? { venues: service.data.venues.map(placeKey) } : {}),
      ...(service.data.sessions ? { sessions: service.data.sessions.map((session) => (session.venue ? { ...session, venue: placeKey(session.venue) } : session)) } : {}),
    }
    files.push({ path: file, owner, whose: `the service "${service.name}"`, text: withMarker('markdown', yamlOf({ ...service.data, ...places, ...contacts }, Object.keys(serviceSchema.shape)), withoutBody.has(owner) ? service.fallbackBody : service.body) })
  })
  return { files, serviceFiles, mainFiles, venueNotes }
}

/** The level and need files with the imported services added to their services: lists (a level must list its services). */
function listUpdates(contentDir: string, listFiles: ReadonlyMap<string, string>, services: readonly { lists: readonly string[]; slug: string }[]): Map<string, string> {
  const updates = new Map<string, string>()
  for (const [list, file] of listFiles) {
    const slugs = services.filter((service) => service.lists.includes(list)).map((service) => service.slug)
    if (slugs.length === 0) continue
    const source = fs.readFileSync(path.join(contentDir, file), 'utf8')
    const [, yaml = '', ...rest] = source.split(/^---\s*$/m)
    const document = parseDocument(yaml)
    const current = supportLevelSchema.shape.services.safeParse(document.toJS().services).data ?? []
    // A second import of a large feed finds its services listed already: looked up, not searched.
    const listedAlready = new Set(current)
    const added = slugs.filter((slug) => !listedAlready.has(slug))
    if (added.length === 0) continue
    if (current.length > 0) for (const slug of added) document.addIn(['services'], slug)
    else document.set('services', document.createNode(added))
    updates.set(file, `---\n${document.toString({ lineWidth: 0 })}---${rest.join('---')}`)
  }
  return updates
}

/** One sentence for problems the check found in imported files: the first, whose file it is, and how many more. */
function refusal(lines: readonly string[], whoseFile: ReadonlyMap<string, string>): string {
  const [first = ''] = lines
  const file = first.slice(0, first.indexOf(':'))
  const more = lines.length > 1 ? ` (and ${lines.length - 1} more problem${lines.length > 2 ? 's' : ''})` : ''
  return `the file for ${whoseFile.get(file) ?? file} would not pass the content check: ${first}${more}`
}

/** An import, worked out and written: all of it, or (on any failure) nothing. */
export function importServices(rawServices: readonly unknown[], options: ImportOptions): ImportReport {
  return commitImport(planImport(rawServices, options))
}

export function planImport(rawServices: readonly unknown[], options: ImportOptions): ImportPlan {
  const { contentDir } = options
  const { context, listFiles } = readFolder(contentDir, options)
  if (rawServices.length === 0) throw new ImportError('the feed lists no services (its list is empty), so nothing was imported')
  const checkOptions = { today: context.today, appDir: options.appDir, publicDir: options.publicDir }
  // Problems the folder has already (a new folder's levels list no services yet): only problems
  // the import would add stop it.
  const problemKey = (file: string, field: string, message: string) => `${file}|${field}|${message}`
  // Checked only when the copy has problems outside the files the import writes (one check of
  // the whole folder fewer in the usual case).
  let before: Map<string, string> | undefined
  const baseline = () =>
    (before ??= new Map(
      runContentCheck(contentDir, checkOptions).errors.map((problem) => {
        const relative = path.relative(contentDir, path.resolve(problem.file))
        return [problemKey(relative, problem.field, problem.message.replaceAll(path.resolve(contentDir), '')), `${relative}:${problem.line}: ${problem.field}: ${problem.message}`]
      }),
    ))
  const report: ImportReport = { alreadyThere: [], written: [], unchanged: [], kept: [], skipped: [], notes: [], levelsUpdated: [] }
  const folderHubs = frontMatters(contentDir, 'hubs').flatMap(({ slug, data }) => {
    const name = hubSchema.shape.name.safeParse(typeof data === 'object' && data !== null && 'name' in data ? data.name : undefined)
    return name.success ? [{ slug, name: name.data }] : []
  })

  const mapped: (MappedService | undefined)[] = rawServices.map((raw, index) => {
    const parsed = importedService.safeParse(raw)
    if (!parsed.success) {
      report.skipped.push({ name: `entry ${index + 1}`, reason: 'is not a service object' })
      return undefined
    }
    const outcome = mapService(parsed.data, context)
    if (!outcome.ok) {
      report.skipped.push({ name: outcome.name, reason: outcome.reason })
      return undefined
    }
    // What the importer does not read at all, by field: nothing is dropped without a line saying so.
    outcome.service.notes.push(...unreadFields(raw).map((field) => `${field}: this site has no field for it, not carried over`))
    return outcome.service
  })

  // Up to three rounds in a copy of the folder: a service whose files the check refuses is tried
  // again without its text, then left out.
  const withoutBody = new Set<number>()
  const checkNotes = new Map<number, string[]>()
  for (let round = 1; ; round += 1) {
    const { files, serviceFiles, mainFiles, venueNotes } = planFiles(mapped, withoutBody, folderHubs)
    const decisions = files.map((file) => ({ file, state: existingState(path.join(contentDir, file.path)) }))
    const writes = decisions.filter(({ state }) => state === 'missing' || state === 'imported' || options.force)
    const listed = mapped.flatMap((service, owner) => {
      const file = serviceFiles.get(owner)
      return service && file ? [{ lists: [`level:${service.data.level}`, ...service.needs.map((need) => `need:${need}`)], slug: path.basename(file, '.md') }] : []
    })
    const levels = listUpdates(contentDir, listFiles, listed)
    const changes = writes.filter(({ file, state }) => state === 'missing' || fs.readFileSync(path.join(contentDir, file.path), 'utf8') !== file.text)
    const still = new Set<string>()
    // Nothing would change (a second import): nothing to check.
    const stage = changes.length > 0 || levels.size > 0 ? fs.mkdtempSync(path.join(options.workDir ?? os.tmpdir(), 'openreferral-import-')) : undefined
    try {
      let errors: ContentProblem[] = []
      if (stage) {
        stageCopy(contentDir, stage)
        for (const { file } of changes) replaceStaged(path.join(stage, file.path), file.text)
        for (const [file, text] of levels) replaceStaged(path.join(stage, file), text)
        errors = runContentCheck(stage, checkOptions).errors
      }
      const ownerOf = new Map(writes.flatMap(({ file }) => (file.owner === undefined ? [] : [[file.path, file.owner] as const])))
      const whoseFile = new Map([...files.map((file) => [file.path, file.whose] as const), ...[...levels.keys()].map((file) => [file, 'its list of services'] as const)])
      const refused = new Map<number, string[]>()
      const others: string[] = []
      for (const problem of errors) {
        const relative = path.relative(stage ?? contentDir, path.resolve(problem.file))
        const key = problemKey(relative, problem.field, problem.message.replaceAll(path.resolve(stage ?? contentDir), ''))
        const owner = ownerOf.get(relative)
        if (owner === undefined && baseline().has(key)) {
          still.add(key)
          continue
        }
        const line = `${relative}:${problem.line}: ${problem.field}: ${problem.message}`
        if (owner === undefined) others.push(line)
        else refused.set(owner, [...(refused.get(owner) ?? []), line])
      }
      if (refused.size === 0 && others.length > 0) throw new ImportError(`${refusal(others, whoseFile)}, so nothing was written`)
      if (refused.size > 0 && round < 3) {
        for (const [owner, lines] of refused) {
          checkNotes.set(owner, [...(checkNotes.get(owner) ?? []), ...lines.map((line) => `the content check refused ${line}`)])
          if (withoutBody.has(owner)) {
            report.skipped.push({ name: mapped[owner]?.name ?? `entry ${owner + 1}`, reason: `its file does not pass the content check: ${lines.join('; ')}` })
            mapped[owner] = undefined
          } else withoutBody.add(owner)
        }
        continue
      }
      if (refused.size > 0) throw new ImportError(`${refusal([...refused.values()].flat(), whoseFile)} even without its page text, so nothing was written`)
    } finally {
      if (stage) fs.rmSync(stage, { recursive: true, force: true })
    }

    report.alreadyThere = [...(before ?? [])].flatMap(([key, line]) => (still.has(key) ? [line] : []))
    // The copy passed: what the real folder gets (commitImport writes it).
    const planned: PlannedWrite[] = []
    for (const { file, state } of decisions) {
      const target = path.join(contentDir, file.path)
      if (!(state === 'missing' || state === 'imported' || options.force)) {
        report.kept.push({ file: file.path, reason: state === 'edited' ? 'changed since the last import (--force replaces it)' : 'not written by the importer (--force replaces it)' })
        continue
      }
      if (state !== 'missing' && fs.readFileSync(target, 'utf8') === file.text) {
        report.unchanged.push(file.path)
        continue
      }
      planned.push({ path: file.path, text: file.text, whose: file.whose })
      report.written.push(file.path)
    }
    for (const [file, text] of levels) {
      planned.push({ path: file, text, whose: 'its list of services' })
      report.levelsUpdated.push(file)
    }
    mapped.forEach((service, owner) => {
      const file = mainFiles.get(owner)
      if (!service || !file) return
      const notes = [...service.notes, ...(venueNotes.get(owner) ?? []), ...(withoutBody.has(owner) ? [service.fallbackBody ? 'its description is not used as page text (the check refused it): the page shows the summary' : 'its description is not used as page text (the check refused it); the summary is kept'] : []), ...(checkNotes.get(owner) ?? [])]
      if (notes.length > 0) report.notes.push({ name: service.name, file, notes })
    })
    return { contentDir, report, writes: planned }
  }
}

const WRITE_FAILURES: Record<string, string> = {
  ENAMETOOLONG: 'its name is too long for the file system',
  EISDIR: 'a folder has its name',
  EACCES: 'the folder may not be written to',
  EPERM: 'the folder may not be written to',
  EROFS: 'the folder may not be written to',
  ENOSPC: 'the disk is full',
}

/**
 * Writes a plan into the content folder, all or nothing: every file is first written beside its
 * place (`.importing`), then each is renamed into place; if any step fails, what was done is
 * undone (files put back as they were, new ones and new folders removed) and the one sentence
 * says which file, whose it is and why.
 */
export function commitImport(plan: ImportPlan): ImportReport {
  const { contentDir, writes } = plan
  const made: string[] = []
  const pending: { target: string; temporary: string; previous: string | undefined }[] = []
  const undo = () => {
    for (const { temporary } of pending) fs.rmSync(temporary, { force: true })
    for (const dir of made.reverse()) fs.rmSync(dir, { recursive: true, force: true })
  }
  let current: PlannedWrite | undefined
  try {
    for (const write of writes) {
      current = write
      const target = path.join(contentDir, write.path)
      const createdDir = fs.mkdirSync(path.dirname(target), { recursive: true })
      if (createdDir) made.push(createdDir)
      const previous = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined
      const temporary = `${target}.importing`
      fs.writeFileSync(temporary, write.text)
      pending.push({ target, temporary, previous })
    }
    const renamed: typeof pending = []
    try {
      for (const [index, entry] of pending.entries()) {
        current = writes[index]
        fs.renameSync(entry.temporary, entry.target)
        renamed.push(entry)
      }
    } catch (error) {
      // Files already renamed are put back; the rest are still beside their place.
      for (const { target, previous } of renamed.reverse()) {
        if (previous !== undefined) fs.writeFileSync(target, previous)
        else fs.rmSync(target, { force: true })
      }
      throw error
    }
  } catch (error) {
    undo()
    const code = error instanceof Error && 'code' in error ? String(error.code) : undefined
    const reason = (code && WRITE_FAILURES[code]) ?? code ?? (error instanceof Error ? error.message : String(error))
    throw new ImportError(`could not write ${current?.path ?? 'a file'}, the file for ${current?.whose ?? 'the import'} (${reason}), so nothing in ${contentDir} was changed`)
  }
  return plan.report
}
