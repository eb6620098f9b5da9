import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkContent, formatProblem, runContentCheck, type CheckOptions, type ContentProblem } from '@/lib/content/check'
import { holdReadingAges } from '@/lib/content/checks/reading-age'

const ROOT = path.resolve(import.meta.dirname, '../..')
const CONTENT = path.join(ROOT, 'content')
const FIXTURES = path.join(ROOT, 'tests/fixtures/broken-content')
/** A fixed day, so review dates do not fall due while the tests are kept. */
const TODAY = '2026-11-23'

const temporary: string[] = []
afterEach(() => {
  for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-check-'))
  temporary.push(dir)
  return dir
}

/** A copy of the real content with one broken fixture dropped in at `target` (replacing the real file there). */
function contentWith(fixture: string, target = fixture): string {
  const dir = tempDir()
  fs.cpSync(CONTENT, dir, { recursive: true })
  fs.mkdirSync(path.dirname(path.join(dir, target)), { recursive: true })
  fs.copyFileSync(path.join(FIXTURES, fixture), path.join(dir, target))
  return dir
}

/** A problem as a line, with the content folder's path left out so runs on copies compare. */
const key = (problem: ContentProblem) => `${problem.severity} ${formatProblem(problem).replace(/(\S*?content-check-[^/]+|content)\//g, '')}`
/** The same without the line number: a fixture may move the lines of a problem the real content already has. */
const unplaced = (line: string) => line.replace(/^(\S+ [^:]+):\d+:/, '$1:')
const check = (dir: string, options: CheckOptions = {}) => runContentCheck(dir, { today: TODAY, ...options })
const baseline = check(CONTENT).problems.map(key).map(unplaced)

/** What the fixture adds to the real content's report: the problems that were not there before. */
function newProblems(dir: string, options: CheckOptions = {}): string[] {
  return check(dir, options).problems.map(key).filter((line) => !baseline.includes(unplaced(line)))
}

describe('the real content', () => {
  it('has no errors', () => {
    expect(check(CONTENT).errors.map(formatProblem)).toEqual([])
  })

  it('has no page of Leeds or the starter above its audience\'s reading age (families 9, professionals 14)', () => {
    for (const dir of [CONTENT, path.join(ROOT, 'examples/starter')]) {
      const held = holdReadingAges(check(dir), dir, { strict: true, ci: true })
      expect(held.errors.map(formatProblem)).toEqual([])
      expect(held.documents.filter((document) => document.audience === 'families').length).toBeGreaterThan(10)
    }
  })

  it('gives every page with prose a reading age', () => {
    const report = check(CONTENT)
    const pages = report.documents.map((document) => document.file)
    expect(pages).toContain('content/pages/contact.md')
    for (const document of report.documents) expect(document.readability.readingAge).toBeGreaterThan(4)
  })
})

// One fixture per kind of mistake an editor makes: [fixture, where it goes, the one line it must produce].
const CASES: [fixture: string, target: string, expected: RegExp][] = [
  ['hubs/missing-postcode.md', 'hubs/armley.md', /^error hubs\/armley\.md:2: postcode: is missing: add it/],
  ['hubs/bad-phone.md', 'hubs/armley.md', /^error hubs\/armley\.md:14: phone: is not a UK phone number.*0306 999 0000/],
  ['hubs/bad-postcode.md', 'hubs/armley.md', /^error hubs\/armley\.md:9: postcode: is not a full UK postcode as written: use capitals and one space.*\(here: LS12 1UQ\)/],
  ['hubs/bad-email.md', 'hubs/armley.md', /^error hubs\/armley\.md:15: email: is not an email address/],
  ['hubs/control-in-email.md', 'hubs/armley.md', /^error hubs\/armley\.md:15: email: has a hidden character \(U\+001B, a control character\): delete it, or retype the text if you cannot find it$/],
  ['hubs/bidi-in-name.md', 'hubs/armley.md', /^error hubs\/armley\.md:2: name: has a hidden character \(U\+202E, a direction override that makes text read backwards\): delete it/],
  ['hubs/unknown-field.md', 'hubs/armley.md', /^error hubs\/armley\.md:\d+: colour: is not a field here: remove it or correct the spelling \(the fields are: name, summary/],
  ['hubs/upside-down-ages.md', 'hubs/armley.md', /^error hubs\/armley\.md:17: ageTo: .*upside down, swap them/],
  ['hubs/bad-area.md', 'hubs/armley.md', /^error hubs\/armley\.md:10: area: "north" is not an area: use one of the keys under areas: in site\.yaml\./],
  ['hubs/unknown-role.md', 'hubs/armley.md', /^error hubs\/armley\.md:21: team\[1\]: "social-workers" is not a role: use one of the keys under roles: in site\.yaml, or add the role there\. The roles are: early-help-practitioner, social-worker, .*\. Did you mean "social-worker"\?/],
  ['services/unknown-level.md', 'services/multi-systemic-therapy.md', /^error services\/multi-systemic-therapy\.md:\d+: level: "specialist-intensiv" is not a level of help: use the key of a file in support-levels\/\. The levels are: .*specialist-intensive.*\. Did you mean "specialist-intensive"\?/],
  ['hubs/opening-times-overlap.md', 'hubs/armley.md', /^error hubs\/armley\.md:32: openingTimes\[1\]\.opens: \(monday 10:00-12:00\) overlaps monday 09:00-17:00: give each span of a day its own times/],
  ['hubs/opening-closes-first.md', 'hubs/armley.md', /^error hubs\/armley\.md:\d+: openingTimes\[0\]\.closes: \(10:00\) must be later than opens \(12:00\)/],
  ['hubs/opening-unknown-day.md', 'hubs/armley.md', /^error hubs\/armley\.md:28: openingTimes\[0\]\.day: is the text "mondays", which is not allowed: use one of monday, tuesday/],
  ['hubs/opening-bad-time.md', 'hubs/armley.md', /^error hubs\/armley\.md:29: openingTimes\[0\]\.opens: is not a time: write it as HH:MM on the 24-hour clock, like 09:00/],
  ['hubs/closed-bad-date.md', 'hubs/armley.md', /^error hubs\/armley\.md:28: closedDates\[0\]: is not a date in the form YYYY-MM-DD/],
  ['services/unknown-area.md', 'services/multi-systemic-therapy.md', /^error services\/multi-systemic-therapy\.md:15: areas\[2\]: "west-norht-west" is not an area: use citywide for the whole city, or one of the keys under areas: in site\.yaml\. The areas are: south, east-north-east, west-north-west\. Did you mean "west-north-west"\?/],
  ['hubs/quoted-latitude.md', 'hubs/armley.md', /^error hubs\/armley\.md:11: latitude: must be a number \(without quotes\), but it is the text "53.7985"/],
  ['hubs/impossible-date.md', 'hubs/armley.md', /^error hubs\/armley\.md:27: lastReviewed: is not a real date/],
  ['hubs/day-first-date.md', 'hubs/armley.md', /^error hubs\/armley\.md:27: lastReviewed: is not a date in the form YYYY-MM-DD: write it like 2026-11-01/],
  ['hubs/broken-yaml.md', 'hubs/armley.md', /^error hubs\/armley\.md:2: name: has an opening " with no closing ": add " at the end/],
  ['hubs/colon-in-text.md', 'hubs/armley.md', /^error hubs\/armley\.md:3: summary: has a colon \(:\) inside text that is not in quotes: put the whole text in double quotes, like summary: "Note: Armley/],
  ['hubs/Bad Name.md', 'hubs/Bad Name.md', /^error hubs\/Bad Name\.md:1: \(file name\): .*lower-case letters, numbers and single hyphens/],
  ['hubs/link-typo.md', 'hubs/armley.md', /^error hubs\/armley\.md:44: \(body\): link \/family-hubs\/horsfort goes to a page the site does not have\. Did you mean "\/family-hubs\/horsforth"\?/],
  ['hubs/body-bad-phone.md', 'hubs/armley.md', /^error hubs\/armley\.md:48: \(body\): phone number 0113 535 018 is not a UK number \(10 digits\)/],
  ['hubs/body-bad-postcode.md', 'hubs/armley.md', /^error hubs\/armley\.md:50: \(body\): postcode ls12 1uq should be written LS12 1UQ/],
  ['hubs/raw-html.md', 'hubs/armley.md', /^error hubs\/armley\.md:50: \(body\): has HTML \(<br>\), which is not allowed: start a new paragraph/],
  ['hubs/vague-link.md', 'hubs/armley.md', /^error hubs\/armley\.md:44: \(body\): link text "click here" does not say where it goes/],
  ['hubs/skipped-heading.md', 'hubs/armley.md', /^error hubs\/armley\.md:46: \(body\): heading "How to get in touch" skips a level \(#### after ##\): use ###/],
  ['hubs/missing-image.md', 'hubs/armley.md', /^error hubs\/armley\.md:34: \(body\): image \/images\/armley-front\.jpg does not exist: put the file in the content folder's images\/ folder \(images\/armley-front\.jpg\)/],
  ['hubs/duplicate-title.md', 'hubs/armley.md', /^error hubs\/(armley|horsforth)\.md:2: name: "Horsforth Family Hub" is also the title of .*hubs\/(armley|horsforth)\.md: give each page its own title/],
  ['hubs/unknown-contact.md', 'hubs/armley.md', /^error hubs\/armley\.md:28: contacts\[0\]: "family-hub-central" is not a contact: use the name of a file in contacts\/ without \.yaml\. Did you mean "family-hubs-central"\?/],
  ['hubs/overdue-review.md', 'hubs/armley.md', /^warning hubs\/armley\.md:27: lastReviewed: \(2024-01-15\) is more than 12 months ago, so a review was due on 2025-01-15/],
  ['hubs/hard-to-read.md', 'hubs/armley.md', /^warning hubs\/armley\.md:29: \(body\): reading age is about \d+(\.\d)?, above the 9 this site aims for on pages for families .*longest sentence has \d+ words/],
  ['services/unknown-guide.md', 'services/multi-systemic-therapy.md', /^error services\/multi-systemic-therapy\.md:16: relatedGuide: "no-such-guide" is not a guide: use the name of a file in guides\//],
  ['services/not-in-any-level.md', 'services/parenting-course.md', /^warning services\/parenting-course\.md:4: level: no support level lists this service, so \/early-help does not show it: add "- parenting-course"/],
  ['support-levels/unknown-service.md', 'support-levels/universal.md', /^error support-levels\/universal\.md:11: services\[3\]: "no-such-service" is not a service/],
  ['support-levels/service-at-wrong-level.md', 'support-levels/universal.md', /^error support-levels\/universal\.md:11: services\[3\]: "family-hubs" has level "family-hubs" in .*services\/family-hubs\.md, not "universal"/],
  ['guides/missing-section.md', 'guides/early-start.md', /^error guides\/early-start\.md:\d+: \(body\): needs exactly the sections .*"## Who to contact".*in that order/],
  ['guides/review-before-reviewed.md', 'guides/early-start.md', /^error guides\/early-start\.md:6: reviewDue: \(2026-01-01\) must be after lastReviewed \(2026-11-20\)/],
  ['needs/unknown-service.md', 'needs/unknown-service.md', /^error needs\/unknown-service\.md:13: services\[1\]: "no-such-service" is not a service: use the name of a file in services\/ without \.md\. The services are: .*family-hubs/],
  ['needs/unknown-guide.md', 'needs/unknown-guide.md', /^error needs\/unknown-guide\.md:14: guides\[0\]: "no-such-guide" is not a guide: use the name of a file in guides\/ without \.md/],
  ['needs/bad-team-role.md', 'needs/bad-team-role.md', /^error needs\/bad-team-role\.md:12: teamRoles\[0\]: "send-officer" is not a role: use one of the keys under roles: in site\.yaml, or add the role there\. The roles are: early-help-practitioner, .*send-coordinator/],
  ['needs/no-contacts.md', 'needs/no-contacts.md', /^error needs\/no-contacts\.md:2: contacts: is missing: add it/],
  ['needs/same-order.md', 'needs/same-order.md', /^error needs\/same-order\.md:3: order: 2 is already used by .*needs\/.*: give each need its own number/],
  ['contacts/no-way-to-reach.yaml', 'contacts/local-group.yaml', /^error contacts\/local-group\.yaml:1: phone: is missing: a contact needs at least a phone, an email or a website/],
  ['site.yaml', 'site.yaml', /^error site\.yaml:\d+: safeguardingContact: "duty-and-advise" is not a contact.*Did you mean "duty-and-advice"\?/],
  ['site-duplicate-role.yaml', 'site.yaml', /^error site\.yaml:\d+: roles\[7\]\.key: "social-worker" is already the key of another role: give each role its own key/],
  ['site-overlapping-ages.yaml', 'site.yaml', /^error site\.yaml:\d+: ageBands\[2\]\.from: \(11\) is not above the previous group's to \(12\): list the groups youngest first, with no age in two groups/],
  ['site-low-contrast.yaml', 'site.yaml', /^error site\.yaml:\d+: colours\.link: #8899aa has a contrast of 2\.61:1 with grey panels \(#f3f2f1\), where the site uses it for links in panels; WCAG 2\.2 AA needs at least 4\.5:1: choose a darker colour/],
  ['site-citywide-area.yaml', 'site.yaml', /^error site\.yaml:\d+: areas\[1\]\.key: "citywide" means the whole city in services' areas: give this area another key/],
  ['services/no-text-no-contact.md', 'services/safe-project.md', /^error services\/safe-project\.md:\d+: contacts: is needed when there is no text below the front matter: such a service has no page/],
  ['notes.txt', 'notes.txt', /^error notes\.txt:1: \(file\): is not where content lives/],
]

describe('each kind of mistake gives its own line, file:line: field: message, and only that line', () => {
  it.each(CASES)('%s', (fixture, target, expected) => {
    const added = newProblems(contentWith(fixture, target))
    expect(added, `new problems were:\n${added.join('\n')}`).toHaveLength(1)
    expect(added[0]).toMatch(expected)
  })

  it('an image without alt text is named (the image itself exists)', () => {
    const publicDir = tempDir()
    fs.mkdirSync(path.join(publicDir, 'images'))
    fs.writeFileSync(path.join(publicDir, 'images/hub.png'), '')
    const added = newProblems(contentWith('hubs/image-without-alt.md', 'hubs/armley.md'), { publicDir })
    expect(added).toEqual([expect.stringMatching(/^error hubs\/armley\.md:34: \(body\): image \/images\/hub\.png has no alt text: describe it/)])
  })

  it('reports several problems in one file in one run, in line order', () => {
    const added = newProblems(contentWith('hubs/several-problems.md', 'hubs/armley.md'))
    expect(added.map((line) => line.replace(/: .*/, ''))).toEqual(['error hubs/armley.md:9', 'error hubs/armley.md:14', 'error hubs/armley.md:44'])
  })

  it('a file with a field error still has its references checked: one message for each mistake', () => {
    // The phone number used to hide the misspelt level until it was fixed.
    const added = newProblems(contentWith('services/bad-phone-and-level.md', 'services/multi-systemic-therapy.md'))
    expect(added.map((line) => line.replace(/: .*/, '')).sort(), added.join('\n')).toEqual(['error services/multi-systemic-therapy.md:4', 'error services/multi-systemic-therapy.md:6'])
    expect(added.join('\n')).toMatch(/:4: level: "targetted" is not a level of help/)
    expect(added.join('\n')).toMatch(/:6: phone: is not a UK phone number/)
  })

  it('a file with a field error still counts for the others: its services get no messages of their own', () => {
    // A level with an empty summary still defines its key and lists its services.
    const added = newProblems(contentWith('support-levels/empty-summary.md', 'support-levels/universal.md'))
    expect(added, added.join('\n')).toEqual([expect.stringMatching(/^error support-levels\/universal\.md:6: summary: /)])
  })

  it('a review date that has passed is an error with --strict', () => {
    const added = newProblems(contentWith('hubs/overdue-review.md', 'hubs/armley.md'), { strict: true })
    expect(added).toEqual([expect.stringMatching(/^error hubs\/armley\.md:27: lastReviewed: /)])
  })

  it('a missing required page is named with the route that needs it', () => {
    const dir = contentWith('hubs/bad-phone.md', 'hubs/armley.md')
    fs.rmSync(path.join(dir, 'pages/privacy.md'))
    const problem = checkContent(dir, { today: TODAY }).find((candidate) => candidate.file.endsWith('pages/privacy.md'))
    expect(problem?.message).toMatch(/is missing: it is the \/privacy page, the privacy notice: linked from every page's footer.*Put it back/)
  })
})

describe('the levels of help are the content’s own', () => {
  /** The real content with its levels replaced by these, each service moved to the level `levelOf` gives it. */
  function withLevels(keys: readonly string[], levelOf: (service: string, index: number) => string): string {
    const dir = tempDir()
    fs.cpSync(CONTENT, dir, { recursive: true })
    const levelsDir = path.join(dir, 'support-levels')
    fs.rmSync(levelsDir, { recursive: true })
    fs.mkdirSync(levelsDir)
    const services = fs.readdirSync(path.join(dir, 'services')).map((file) => file.replace(/\.md$/, ''))
    const listed = new Map<string, string[]>(keys.map((key) => [key, []]))
    services.forEach((service, index) => {
      const key = levelOf(service, index)
      listed.get(key)?.push(service)
      const file = path.join(dir, 'services', `${service}.md`)
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^level: .*$/m, `level: ${key}`))
    })
    keys.forEach((key, index) => {
      const list = (listed.get(key) ?? []).map((service) => `  - ${service}`).join('\n')
      fs.writeFileSync(path.join(levelsDir, `${key}.md`), `---\nkey: ${key}\norder: ${index + 1}\nname: Level ${key}\nwhoFor: Families.\nsummary: Help at this level.\nservices:\n${list}\n---\n\nHelp at this level.\n`)
    })
    return dir
  }

  it('two levels with keys of the council’s own build without errors', () => {
    const dir = withLevels(['early', 'intensive'], (_, index) => (index % 2 === 0 ? 'early' : 'intensive'))
    expect(check(dir).errors.map(formatProblem)).toEqual([])
  })

  it('six levels build without errors', () => {
    const keys = ['one', 'two', 'three', 'four', 'five', 'six']
    const dir = withLevels(keys, (_, index) => keys[index % keys.length] ?? 'one')
    expect(check(dir).errors.map(formatProblem)).toEqual([])
  })

  it('a service naming a level no file defines is an error in that service, naming the levels there are', () => {
    const dir = withLevels(['early', 'intensive'], (service) => (service === 'safe-project' ? 'targeted' : service === 'youth-services' ? 'intensive' : 'early'))
    const errors = check(dir).errors.map(key)
    expect(errors, errors.join('\n')).toHaveLength(1)
    expect(errors[0]).toMatch(/^error services\/safe-project\.md:4: level: "targeted" is not a level of help: use the key of a file in support-levels\/\. The levels are: early, intensive/)
  })
})

describe('npm run content:check', () => {
  const runWith = (env: Record<string, string>, contentDir: string, ...args: string[]) => {
    try {
      const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts', ...args], {
        cwd: ROOT,
        env: { ...process.env, CI: '', CONTENT_DIR: contentDir, CONTENT_CHECK_TODAY: TODAY, ...env },
        encoding: 'utf8',
        stdio: 'pipe',
      })
      return { code: 0, output: stdout }
    } catch (error) {
      if (error instanceof Error && 'status' in error && 'stderr' in error) {
        return { code: Number(error.status), output: String(error.stderr) }
      }
      throw error
    }
  }
  const run = (contentDir: string, ...args: string[]) => runWith({}, contentDir, ...args)

  it('exits 1 and prints one line per problem, naming file, line, field and fix', () => {
    const result = run(contentWith('hubs/bad-postcode.md', 'hubs/armley.md'))
    expect(result.code).toBe(1)
    expect(result.output).toMatch(/hubs\/armley\.md:9: postcode: is not a full UK postcode/)
    expect(result.output.trim().split('\n').at(-1)).toBe('Fix each line above, then run `npm run content:check` again.')
  })

  it('exits 0 for the real content and prints each document\'s reading age', () => {
    const result = run('content')
    expect(result.code).toBe(0)
    expect(result.output).toMatch(/content\/pages\/contact\.md +\d+\.\d +\(families/)
    // A passing run ends with its verdict, not with what to do about problems it did not find.
    expect(result.output.trim().split('\n').at(-1)).toMatch(/^Content check passed: \d+ files in content\/, no errors\.$/)
  })

  it('a page above its reading age is a warning, and an error with --strict and in CI, naming the sentence to shorten', () => {
    const dir = contentWith('hubs/hard-to-read.md', 'hubs/armley.md')
    const warned = run(dir)
    expect(warned.code).toBe(0)
    expect(warned.output).toMatch(/armley\.md:\d+: \(body\): reading age is about [\d.]+: pages for families aim for 9 or less/)
    const sentence = /armley\.md:50: \(body\): reading age is about [\d.]+: pages for families aim for 9 or less \(site\.yaml readingAge\)\. Shorten or use everyday words in "Notwithstanding organisational considerations/
    expect(run(dir, '--strict')).toMatchObject({ code: 1, output: expect.stringMatching(sentence) })
    expect(runWith({ CI: 'true' }, dir)).toMatchObject({ code: 1, output: expect.stringMatching(sentence) })
  }, 60_000)

  it('--quiet prints the same warnings once, then only their count', () => {
    const dir = contentWith('hubs/hard-to-read.md', 'hubs/armley.md')
    const first = run(dir, '--quiet').output
    expect(first).not.toMatch(/Reading age \(Flesch-Kincaid/)
    expect(first).toMatch(/armley\.md:\d+: \(body\): reading age/)
    const second = run(dir, '--quiet').output
    expect(second).not.toMatch(/armley\.md/)
    expect(second).toMatch(/^\d+ warnings?: `npm run content:check` lists them\.$/m)
  }, 60_000)

  it('warnings do not fail it, but --strict turns an overdue review into a failure', () => {
    const dir = contentWith('hubs/overdue-review.md', 'hubs/armley.md')
    expect(run(dir).code).toBe(0)
    expect(run(dir, '--strict')).toMatchObject({ code: 1, output: expect.stringMatching(/armley\.md:27: lastReviewed:/) })
  })
})
