import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { parse, parseDocument } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runContentCheck } from '@/lib/content/check'
import { serviceSchema } from '@/lib/content/schema'
import { answer } from '@/lib/openreferral/api'
import { absoluteLinks, buildFeed } from '@/lib/openreferral/build'
import { readContentFolder } from '@/lib/openreferral/content-folder'
import { ImportError, importServices } from '@/lib/openreferral/import/plan'
import { FeedFormatError } from '@/lib/openreferral/import/read-feed'
import { reportText } from '@/lib/openreferral/import/report-text'
import { FETCH_LIMITS, fetchFeed, readFeed } from '@/lib/openreferral/import/source'

// The importer, as a council would use it: the standard's own examples, the site's own feed
// imported back (a round trip, field by field), a feed with broken entries, a second import, and a
// feed read over HTTP from a stand-in server on 127.0.0.1.

const ROOT = path.join(import.meta.dirname, '../..')
const FIXTURE = path.join(ROOT, 'tests/openreferral/fixtures/content')
/** A council whose content uses every field the feed publishes (venues, sessions, cost, languages, accessibility). */
const EVERY_FIELD = path.join(ROOT, 'tests/fixtures/oruk-every-field')
const EXAMPLES = path.join(ROOT, 'tests/openreferral/fixtures/standard/examples')
const SITE_URL = 'https://familyhubs.example.org'
const TODAY = '2026-12-01'
const temporary: string[] = []

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oruk-import-test-'))
  temporary.push(dir)
  return dir
}

/** A copy of a content folder without its services and hubs: what a council starts an import from. */
function skeletonOf(folder: string): string {
  const dir = tempDir()
  fs.cpSync(folder, dir, { recursive: true })
  for (const sub of ['services', 'hubs', 'venues']) if (fs.existsSync(path.join(dir, sub))) for (const file of fs.readdirSync(path.join(dir, sub))) fs.rmSync(path.join(dir, sub, file))
  for (const sub of ['support-levels', 'needs']) {
    for (const file of fs.readdirSync(path.join(dir, sub))) {
      const full = path.join(dir, sub, file)
      const [, yaml = '', ...body] = fs.readFileSync(full, 'utf8').split(/^---\s*$/m)
      const document = parseDocument(yaml)
      if (sub === 'needs') document.delete('services')
      else document.set('services', null)
      fs.writeFileSync(full, `---\n${document.toString()}---${body.join('---')}`)
    }
  }
  return dir
}

/** The check's errors in the files the import wrote (a skeleton may have its own, like a level that lists no services yet). */
const errorsInWritten = (dir: string, report: { written: string[] }) => errorsIn(dir).filter((line) => report.written.some((file) => line.includes(file)))
const errorsIn = (dir: string) => runContentCheck(dir, { today: TODAY, appDir: path.join(ROOT, 'app'), publicDir: path.join(ROOT, 'public') }).errors.map((problem) => `${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`)
const run = (services: unknown[], contentDir: string, options: { hubs?: boolean; force?: boolean } = {}) =>
  importServices(services, { contentDir, today: TODAY, appDir: path.join(ROOT, 'app'), publicDir: path.join(ROOT, 'public'), ...options })
/** Every file in a folder with its text: the same before and after means the folder was not touched. */
const snapshot = (dir: string) => Object.fromEntries(fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort().map((file) => [file, fs.statSync(path.join(dir, file)).isFile() ? fs.readFileSync(path.join(dir, file), 'utf8') : 'folder']))

type Finished = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }
/** `npm run import:openreferral` as a council runs it (a process of its own); `whileRunning` may signal it. */
function importCommand(args: string[], env: Record<string, string>, whileRunning?: (pid: number) => Promise<void>): Promise<Finished> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import-openreferral.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env } })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const finished = new Promise<Finished>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })))
  if (whileRunning && child.pid !== undefined) void whileRunning(child.pid)
  return finished.then(async (result) => {
    await new Promise((resolve) => setTimeout(resolve, 50))
    return { ...result, stdout, stderr }
  })
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 60_000) throw new Error(`waited a minute for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const leftovers = (dir: string) => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.importing'))
/** A test that starts the import command as a process of its own. */
const PROCESS_TEST_TIMEOUT = 60_000

afterAll(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true })
})

describe('importing an Open Referral UK feed', () => {
  it("imports the standard's examples into files that pass the content check, and lists what did not fit", async () => {
    for (const example of ['service_full.json', 'service_list.json', 'service_at_location_full.json', 'service_at_location_list.json']) {
      const dir = skeletonOf(FIXTURE)
      const { services } = await readFeed(path.join(EXAMPLES, example))
      const report = run(services, dir, { hubs: true })
      expect(report.written, example).toContain('services/community-counselling.md')
      expect(errorsInWritten(dir, report), example).toEqual([])
      if (example === 'service_full.json') {
        const notes = report.notes.find((entry) => entry.name === 'Community Counselling')?.notes.join('\n') ?? ''
        expect(notes).toContain('ages 12 to 100')
        expect(notes).toContain('"http://example.com/counselling" is not an https address')
        expect(notes).toContain('contacts[0] "Ann Persona": has no UK phone number or email address')
        expect(notes).toMatch(/location "MyCity Civic Center": not made a venue, it needs an address in the UK, a full UK postcode/)
        const file = fs.readFileSync(path.join(dir, 'services/community-counselling.md'), 'utf8')
        expect(file).toMatch(/sessions:\n {2}- days:\n {6}- "thursday"\n {6}- "friday"\n {4}opens: "10:00"\n {4}closes: "18:00"/)
        expect(file).toMatch(/cost:\n {2}options:\n {4}- amount: 35\n {6}per: "per 1 hour session \(Under 18s and Over 60s\)"/)
      }
    }
  })

  it("carries over or names, field by field, everything in the standard's service_full.json (a field the example gains cannot slip through)", async () => {
    const raw: unknown = JSON.parse(fs.readFileSync(path.join(EXAMPLES, 'service_full.json'), 'utf8'))
    const dir = skeletonOf(FIXTURE)
    const { services } = await readFeed(path.join(EXAMPLES, 'service_full.json'))
    const report = run(services, dir, { hubs: true })
    const notes = report.notes.find((entry) => entry.name === 'Community Counselling')?.notes ?? []
    const written = /^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(path.join(dir, 'services/community-counselling.md'), 'utf8'))?.[1] ?? ''
    const imported = serviceSchema.parse(parse(written))
    const [session] = imported?.sessions ?? []
    // Where each field the importer carries over lands in the service's file (paths as in the JSON, ids and links aside).
    const carried: Record<string, boolean> = {
      name: imported?.name === 'Community Counselling',
      description: imported?.summary.startsWith('Counselling Services provided by trained professionals.') === true,
      email: imported?.email === 'email@example.com',
      status: !notes.some((note) => note.startsWith('status')),
      fees: imported?.cost?.note === 'fees_description',
      last_modified: imported?.lastReviewed === '2023-03-15',
      'schedules[0].valid_from': session?.from === '2005-01-01',
      'schedules[0].valid_to': session?.until === '2005-01-01',
      'schedules[0].freq': session?.repeats === undefined,
      'schedules[0].interval': session?.repeats === undefined,
      'schedules[0].byday': JSON.stringify(session?.days) === '["thursday","friday"]',
      'schedules[0].opens_at': session?.opens === '10:00',
      'schedules[0].closes_at': session?.closes === '18:00',
      'schedules[0].notes': session?.note?.startsWith('Some of our staff will be unavailable') === true,
      'schedules[0].attending_type': JSON.stringify(imported?.attending) === '["in-person","online"]',
      'cost_options[0].amount': imported?.cost?.options?.[0]?.amount === 35,
      'cost_options[0].amount_description': imported?.cost?.options?.[0]?.per.startsWith('per 1 hour session') === true,
      'cost_options[0].option': imported?.cost?.options?.[0]?.per.endsWith('(Under 18s and Over 60s)') === true,
    }
    /** The fields a note names: the paths it starts with ("minimum_age, maximum_age: ...", "funding: ..."). */
    const namedIn = (note: string) => (/^[\w[\].]+(?:, [\w[\].]+)*/.exec(note)?.[0] ?? '').split(', ')
    const named = notes.flatMap(namedIn)
    const within = (field: string, path: string) => path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`)
    /** Every path in the JSON that holds something, whatever the standard adds; ids and links between records are not content. */
    const leaves = (value: unknown, at: string): string[] => {
      if (value === null || value === '' || value === undefined) return []
      if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, `${at}[${index}]`))
      if (typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => (key === 'id' || key.endsWith('_id') || key === 'link_type' ? [] : leaves(item, at ? `${at}.${key}` : key)))
      return [at]
    }
    const fields = leaves(raw, '')
    expect(fields.length).toBeGreaterThan(50)
    const silent = fields.filter((field) => carried[field] === undefined && !named.some((name) => within(name, field)))
    expect(silent, 'fields neither carried over nor named in the report').toEqual([])
    expect(Object.entries(carried).filter(([, landed]) => !landed).map(([field]) => field), 'fields carried over wrongly').toEqual([])
    // What the import once dropped without a word.
    for (const field of ['funding', 'accreditations', 'languages[0]', 'cost_options[0].valid_from']) expect(named, field).toContain(field)
    expect(reportText(report, [], dir)).toContain(`    - funding: this site has no field for it, not carried over`)
  })

  for (const [name, folder] of Object.entries({ "the site's own content": path.join(ROOT, 'content'), 'a second council (fixture)': FIXTURE, 'a council that uses every field (fixture)': EVERY_FIELD })) {
    it(`imports the feed of ${name} back into the same services, hubs and venues, field by field`, () => {
      const content = readContentFolder(folder)
      const feed = buildFeed(content, { siteUrl: SITE_URL })
      const dir = skeletonOf(folder)
      const report = run(JSON.parse(JSON.stringify(feed.services)), dir, { hubs: true })
      expect(report.skipped).toEqual([])
      // The feed does not say who is in a hub's team, so needs that name team roles may not find them.
      expect(errorsIn(dir).filter((line) => !line.includes('is not in the team of any hub'))).toEqual([])
      const imported = readContentFolder(dir)
      const contactOf = (contacts: typeof content.contacts, key: string) => {
        const contact = contacts.find((candidate) => candidate.key === key)
        return { name: contact?.name, phone: contact?.phone, email: contact?.email }
      }
      // Places are named by the file names the import gives them (from their names): compared by name.
      const placeName = (folderContent: typeof content, key: string | undefined) => (key === undefined ? undefined : [...folderContent.hubs, ...folderContent.venues].find((place) => place.slug === key)?.name ?? `unknown place ${key}`)
      const carriedOf = (service: (typeof content.services)[number], from: typeof content) => ({
        name: service.name,
        summary: service.summary,
        level: service.level,
        ageFrom: service.ageFrom,
        ageTo: service.ageTo,
        phone: service.phone,
        email: service.email,
        openingTimes: service.openingTimes,
        areas: service.areas,
        lastReviewed: service.lastReviewed,
        attending: service.attending,
        venues: service.venues?.map((key) => placeName(from, key)),
        sessions: service.sessions?.map((session) => ({ ...session, venue: placeName(from, session.venue) })),
        cost: service.cost,
        languages: service.languages,
        britishSignLanguage: service.britishSignLanguage,
        interpreters: service.interpreters,
      })
      for (const original of content.services) {
        const copy = imported.services.find((service) => service.slug === original.slug)
        expect(copy, original.slug).toBeDefined()
        if (!copy) continue
        expect(carriedOf(copy, imported), original.slug).toEqual(carriedOf(original, content))
        expect(copy.body.raw.trim(), `${original.slug} text`).toBe(absoluteLinks(original.body.raw.trim(), SITE_URL))
        expect((copy.contacts ?? []).map((key) => contactOf(imported.contacts, key)), `${original.slug} contacts`).toEqual((original.contacts ?? []).map((key) => contactOf(content.contacts, key)))
        if (original.body.raw.trim() === '') expect(copy.website, `${original.slug} website`).toBe(original.website)
        const needsOf = (needs: typeof content.needs, slug: string) => needs.filter((need) => need.services?.includes(slug)).map((need) => need.slug).sort()
        expect(needsOf(imported.needs, copy.slug), `${original.slug} needs`).toEqual(needsOf(content.needs, original.slug))
      }
      for (const original of content.hubs) {
        const copy = imported.hubs.find((hub) => hub.slug === original.slug)
        expect(copy, original.slug).toBeDefined()
        const pick = (hub: typeof original) => ({ name: hub.name, summary: hub.summary, addressLines: hub.addressLines, postcode: hub.postcode, area: hub.area, latitude: hub.latitude, longitude: hub.longitude, phone: hub.phone, email: hub.email, ageFrom: hub.ageFrom, ageTo: hub.ageTo, openingTimes: hub.openingTimes, accessibility: hub.accessibility, accessibilityNotes: hub.accessibilityNotes, lastReviewed: hub.lastReviewed })
        if (copy) expect(pick(copy), original.slug).toEqual(pick(original))
      }
      // A venue in use is published with every service held there, its address and what it has to get in
      // (its phone, opening times and page text are not: the profile's location has no place for them).
      const venueOf = (venue: (typeof content.venues)[number]) => ({ name: venue.name, summary: venue.summary, addressLines: venue.addressLines, postcode: venue.postcode, latitude: venue.latitude, longitude: venue.longitude, accessibility: venue.accessibility, accessibilityNotes: venue.accessibilityNotes })
      const used = new Set(content.services.flatMap((service) => service.venues ?? []))
      expect(imported.venues.map(venueOf).sort((a, b) => a.name.localeCompare(b.name))).toEqual(content.venues.filter((venue) => used.has(venue.slug)).map(venueOf).sort((a, b) => a.name.localeCompare(b.name)))
      expect(imported.services).toHaveLength(content.services.length)
    })
  }

  it("names the folder's own hub for a place that is one (without --hubs), and makes a venue of the others", () => {
    const dir = skeletonOf(EVERY_FIELD)
    for (const hub of ['north-hub', 'south-hub']) fs.copyFileSync(path.join(EVERY_FIELD, 'hubs', `${hub}.md`), path.join(dir, 'hubs', `${hub}.md`))
    const feed = buildFeed(readContentFolder(EVERY_FIELD), { siteUrl: SITE_URL })
    const report = run(JSON.parse(JSON.stringify(feed.services.filter((service) => !/^(North|South) Family Hub$/.test(service.name)))), dir)
    expect(report.written.filter((file) => file.startsWith('venues/')).sort()).toEqual(['venues/riverside-library.md', 'venues/st-marys-church-hall.md'])
    expect(errorsInWritten(dir, report)).toEqual([])
    const play = fs.readFileSync(path.join(dir, 'services/play-sessions.md'), 'utf8')
    expect(play).toContain('venues:\n  - "north-hub"\n  - "riverside-library"')
    expect(play).toContain('  - venue: "north-hub"')
  })

  it('imports a feed with broken entries without them, says why, and writes nothing half', () => {
    const dir = skeletonOf(FIXTURE)
    const report = run(
      [
        { id: '0b7f3f4e-8a55-4a43-9a1e-9a3b8f0a1111', description: 'A service without a name.' },
        { id: '0b7f3f4e-8a55-4a43-9a1e-9a3b8f0a2222', name: 'Bad phone club', description: 'Meets on Mondays.', phones: [{ id: 'x', number: '12345' }], email: 'not-an-email' },
        { name: 'Mystery term group', description: 'A group.', attributes: [{ id: 'y', taxonomy_term: { id: 'z', name: 'Basket weaving', taxonomy: 'Hobbies' } }], last_modified: '2026-01-02T10:00:00Z' },
        { name: 'Raw HTML service', description: 'Short summary.\n\n<a href="https://example.org">Click here</a> for more.' },
        'not even an object',
      ],
      dir,
    )
    expect(report.skipped).toEqual([
      { name: 'the service with id 0b7f3f4e-8a55-4a43-9a1e-9a3b8f0a1111', reason: 'has no name: a service needs one' },
      { name: 'entry 5', reason: 'is not a service object' },
    ])
    const notes = Object.fromEntries(report.notes.map((entry) => [entry.name, entry.notes.join('\n')]))
    expect(notes['Bad phone club']).toContain('service phone "12345" is not a valid UK number: left out')
    expect(notes['Bad phone club']).toContain('service email "not-an-email" is not an email address')
    expect(notes['Mystery term group']).toContain('attributes[0].taxonomy_term "Basket weaving" (Hobbies): names none of this folder\'s levels of help or needs')
    expect(notes['Raw HTML service']).toContain('its description is not used as page text')
    expect(fs.readFileSync(path.join(dir, 'services/raw-html-service.md'), 'utf8')).not.toContain('<a')
    expect(fs.readFileSync(path.join(dir, 'services/mystery-term-group.md'), 'utf8')).toContain('lastReviewed: "2026-01-02"')
    expect(errorsInWritten(dir, report)).toEqual([])
    expect(leftovers(dir)).toEqual([])
  })

  it('gives a very long name a file name the file system takes, and writes the import whole', () => {
    const dir = skeletonOf(FIXTURE)
    const name = 'A service with a very long name that goes on '.repeat(6).trim()
    const report = run([{ id: 'long', name, description: 'Help for families.', email: 'help@example.org' }], dir)
    const file = report.written.find((written) => written.startsWith('services/'))
    expect(file).toBeDefined()
    expect(Buffer.byteLength(path.basename(file ?? '', '.md'))).toBeLessThanOrEqual(100)
    expect(errorsInWritten(dir, report)).toEqual([])
    expect(leftovers(dir)).toEqual([])
  })

  it('writes all or nothing: a file that cannot be written leaves the folder as it was, with one sentence naming the service', () => {
    const dir = skeletonOf(FIXTURE)
    // A folder where the importer writes Beta's file first: writing it fails after Alpha's was written.
    fs.mkdirSync(path.join(dir, 'services/beta.md.importing'))
    const before = snapshot(dir)
    const services = ['Alpha', 'Beta'].map((name) => ({ id: name, name, description: `${name} helps families.`, email: 'help@example.org' }))
    expect(() => run(services, dir)).toThrow(new ImportError(`could not write services/beta.md, the file for the service "Beta" (a folder has its name), so nothing in ${dir} was changed`))
    expect(snapshot(dir)).toEqual(before)
  })

  it('says plainly that a feed with no services imported nothing', async () => {
    const dir = skeletonOf(FIXTURE)
    for (const json of ['[]', '{ "contents": [] }']) {
      const file = path.join(tempDir(), 'feed.json')
      fs.writeFileSync(file, json)
      const { services } = await readFeed(file)
      expect(() => run(services, dir), json).toThrow(new ImportError('the feed lists no services (its list is empty), so nothing was imported'))
    }
  })

  it("names the folder's own problems apart from the import's, and needs a folder with site settings", () => {
    const dir = skeletonOf(FIXTURE)
    fs.writeFileSync(path.join(dir, 'pages/privacy.md'), '---\ntitle: Privacy\nlastReviewed: 2026-11-20\n---\n\nNo description.\n')
    const report = run([{ name: 'A fine service', description: 'Fine.' }, { name: 'Another', description: 'Also fine.', attributes: [{ id: 'a', taxonomy_term: { id: 't', name: 'Family Hubs' } }] }], dir)
    expect(report.written).toEqual(['services/a-fine-service.md', 'services/another.md'])
    expect(report.alreadyThere).toEqual([expect.stringMatching(/^pages\/privacy\.md:\d+: description: /)])
    expect(() => run([], tempDir())).toThrow(ImportError)
    expect(() => run([], tempDir())).toThrow(/site\.yaml is missing/)
  })

  it('writes the same files when run twice, keeps a file an editor changed, and replaces it with --force', () => {
    const dir = skeletonOf(FIXTURE)
    const services = JSON.parse(JSON.stringify(buildFeed(readContentFolder(FIXTURE), { siteUrl: SITE_URL }).services))
    const first = run(services, dir)
    const snapshot = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8')
    const texts = Object.fromEntries(first.written.map((file) => [file, snapshot(file)]))
    const second = run(services, dir)
    expect(second.written).toEqual([])
    expect(second.unchanged.sort()).toEqual(first.written.sort())
    for (const file of first.written) expect(snapshot(file)).toBe(texts[file])
    fs.appendFileSync(path.join(dir, 'services/play-sessions.md'), '\nAn editor added this line.\n')
    const third = run(services, dir)
    expect(third.kept).toEqual([{ file: 'services/play-sessions.md', reason: 'changed since the last import (--force replaces it)' }])
    expect(snapshot('services/play-sessions.md')).toContain('An editor added this line.')
    const forced = run(services, dir, { force: true })
    expect(forced.written).toEqual(['services/play-sessions.md'])
    expect(snapshot('services/play-sessions.md')).toBe(texts['services/play-sessions.md'])
  })
})

describe('npm run import:openreferral', () => {
  it('keeps control and direction characters out of the files, and prints feed text escaped', async () => {
    const dir = skeletonOf(FIXTURE)
    const feedFile = path.join(tempDir(), 'feed.json')
    // A name that would clear the terminal and read backwards, an email that would print a line of its own.
    fs.writeFileSync(feedFile, JSON.stringify([{ id: '1', name: 'Evil\u001b[2J Service\u202e', description: 'Help for families.', email: 'help@example.org\n  wrote /etc/passwd', contacts: [{ name: 'Desk\u0007\u2066', email: 'desk@example.org' }] }]))
    const result = await importCommand([feedFile], { CONTENT_DIR: dir })
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
    expect(result.stdout.split('\n').filter((line) => line.includes('/etc/passwd'))).toEqual(['    - service email "help@example.org\\n  wrote /etc/passwd" is not an email address: left out'])
    const written = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(md|yaml)$/.test(file)).map((file) => fs.readFileSync(path.join(dir, file), 'utf8')).join('\n')
    expect(written).toContain('name: "Evil[2J Service"')
    expect(written).toContain('name: "Desk"')
    expect(written).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\\e|\\x1b|\\u202e/i)
    expect(errorsIn(dir).filter((line) => /\/(services|contacts)\//.test(line))).toEqual([])
  })

  // These start the import command as its own process (tsx compiles it first): on a loaded two-core
  // machine that alone has taken most of vitest's 20 s.
  it('stops on SIGTERM while it works: nothing written, its temporary folder removed, one sentence, exit 143', async () => {
    const dir = skeletonOf(FIXTURE)
    const tmp = tempDir()
    const feedFile = path.join(tempDir(), 'feed.json')
    // Large enough that the content check of the copy takes a few seconds.
    fs.writeFileSync(feedFile, JSON.stringify(Array.from({ length: 3000 }, (_, index) => ({ id: `${index}`, name: `Service number ${index + 1}`, description: `Help for families, number ${index + 1}.\n\nSessions every week.`, email: `service${index}@example.org` }))))
    const before = snapshot(dir)
    /** The copy of the folder the import checks, inside the command's temporary folder. */
    const staged = () => fs.readdirSync(tmp, { recursive: true, encoding: 'utf8' }).some((file) => /openreferral-import-[^/]+\/openreferral-import-[^/]+\/services\//.test(file))
    const result = await importCommand([feedFile], { CONTENT_DIR: dir, TMPDIR: tmp }, async (pid) => {
      await until(staged, 'the import to copy the folder')
      process.kill(pid, 'SIGTERM')
    })
    expect(result.stderr).toBe(`Import stopped: SIGTERM arrived before anything was written, so ${dir} is as it was and the temporary files are removed.\n`)
    expect(result.code).toBe(143)
    expect(fs.readdirSync(tmp).filter((name) => name.startsWith('openreferral-import-'))).toEqual([])
    expect(snapshot(dir)).toEqual(before)
  }, PROCESS_TEST_TIMEOUT)
})

describe('reading a feed from its base address', () => {
  const feed = buildFeed(readContentFolder(FIXTURE), { siteUrl: SITE_URL })
  let server: http.Server
  let base = ''
  const requests: string[] = []

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      requests.push(`${url.pathname}${url.search}`)
      if (url.pathname.startsWith('/slow')) return // never answers
      if (url.pathname.startsWith('/stall')) {
        // Headers and the start of a page, then nothing.
        res.writeHead(200, { 'content-type': 'application/json' })
        res.write('{"contents": [')
        return
      }
      if (url.pathname.startsWith('/endless')) {
        // No Content-Length: a page that never ends, until the reader hangs up.
        res.writeHead(200, { 'content-type': 'application/json' })
        res.write('{"contents": [')
        const more = setInterval(() => res.write(`${JSON.stringify({ id: 'x'.repeat(400), name: 'Padding' })},`), 2)
        res.on('close', () => clearInterval(more))
        return
      }
      const segments = url.pathname.replace(/^\/feed/, '').split('/').filter(Boolean)
      const result = answer(feed, { segments, query: url.searchParams })
      res.writeHead(result.status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(result.body))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    if (address === null || typeof address === 'string') throw new Error('the stand-in is not listening on a port')
    base = `http://127.0.0.1:${address.port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('follows the paging, then reads each full service', async () => {
    requests.length = 0
    const fetched = await fetchFeed(`${base}/feed/`, { ...FETCH_LIMITS, perPage: 2 })
    const pages = Math.ceil(feed.services.length / 2)
    expect(requests.filter((request) => request.startsWith('/feed/services?'))).toEqual(Array.from({ length: pages }, (_, index) => `/feed/services?page=${index + 1}&per_page=2`))
    expect(fetched.services).toEqual(JSON.parse(JSON.stringify(feed.services)))
    expect(fetched.notes).toEqual([])
  })

  it('stops at its page limit and says so', async () => {
    const fetched = await fetchFeed(`${base}/feed`, { ...FETCH_LIMITS, perPage: 1, maxPages: 2 })
    expect(fetched.services).toHaveLength(2)
    expect(fetched.notes).toEqual(['stopped after 2 pages of 1 services (the importer\'s limit): the rest of the feed was not read'])
  })

  it('gives up on a server that does not answer, and on an address that is not a feed', async () => {
    await expect(fetchFeed(`${base}/slow`, { ...FETCH_LIMITS, timeoutMs: 300 })).rejects.toThrow(/no answer within 0.3 s/)
    await expect(fetchFeed(`${base}/feed/taxonomies/x`, FETCH_LIMITS)).rejects.toThrow(FeedFormatError)
  })

  it('gives up, naming the address, on a server that sends headers and then stalls', async () => {
    const stalled = fetchFeed(`${base}/stall`, { ...FETCH_LIMITS, timeoutMs: 300 })
    await expect(stalled).rejects.toThrow(FeedFormatError)
    await expect(stalled).rejects.toThrow(new RegExp(`^${base}/stall/services\\?page=1&per_page=200: the answer stopped: nothing more came within 0.3 s$`))
  })

  it('stops on SIGINT (Ctrl-C) while the feed keeps it waiting, in one sentence', async () => {
    const dir = skeletonOf(FIXTURE)
    const tmp = tempDir()
    const before = snapshot(dir)
    requests.length = 0
    const result = await importCommand([`${base}/stall`], { CONTENT_DIR: dir, TMPDIR: tmp }, async (pid) => {
      await until(() => requests.some((request) => request.startsWith('/stall/')), 'the command to ask the feed')
      process.kill(pid, 'SIGINT')
    })
    expect(result.stderr).toBe(`Import stopped: SIGINT arrived before anything was written, so ${dir} is as it was and the temporary files are removed.\n`)
    expect(result.code).toBe(130)
    expect(fs.readdirSync(tmp).filter((name) => name.startsWith('openreferral-import-'))).toEqual([])
    expect(snapshot(dir)).toEqual(before)
  }, PROCESS_TEST_TIMEOUT)

  it('counts an answer without Content-Length while reading it, and stops at the limit', async () => {
    const endless = fetchFeed(`${base}/endless`, { ...FETCH_LIMITS, maxBytes: 100_000 })
    await expect(endless).rejects.toThrow(/endless\/services\?page=1&per_page=200: the answer is larger than the 100000 bytes the importer reads$/)
  })
})
