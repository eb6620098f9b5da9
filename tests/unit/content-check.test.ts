import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkContent, formatProblem } from '@/lib/content/check'

const ROOT = path.resolve(import.meta.dirname, '../..')
const CONTENT = path.join(ROOT, 'content')
const FIXTURES = path.join(ROOT, 'tests/fixtures/broken-content')

const temporary: string[] = []
afterEach(() => {
  for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** A copy of the real content with one broken fixture dropped in (replacing a file of the same name). */
function contentWith(fixture: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-check-'))
  temporary.push(dir)
  fs.cpSync(CONTENT, dir, { recursive: true })
  fs.mkdirSync(path.dirname(path.join(dir, fixture)), { recursive: true })
  fs.copyFileSync(path.join(FIXTURES, fixture), path.join(dir, fixture))
  return dir
}

describe('the real content', () => {
  it('has no problems', () => {
    expect(checkContent(CONTENT).map(formatProblem)).toEqual([])
  })
})

// Each row: a broken file an editor might commit, the field the message must name, and words
// of the fix the message must give.
const CASES: [fixture: string, field: string, says: RegExp][] = [
  ['hubs/missing-postcode.md', 'postcode', /is missing: add it/],
  ['hubs/bad-phone.md', 'phone', /not a UK phone number.*0113 535 0185/],
  ['hubs/bad-postcode.md', 'postcode', /not a full UK postcode.*capitals.*LS11 6PF/],
  ['hubs/bad-email.md', 'email', /not an email address/],
  ['hubs/unknown-field.md', 'colour', /not a field here: remove it or correct the spelling \(the fields are: name, summary/],
  ['hubs/upside-down-ages.md', 'ageTo', /upside down, swap them/],
  ['hubs/bad-area.md', 'area', /"north", which is not allowed: use one of south, east-north-east, west-north-west/],
  ['hubs/quoted-latitude.md', 'latitude', /must be a number \(without quotes\), but it is the text "53.7985"/],
  ['hubs/impossible-date.md', 'lastReviewed', /not a real date/],
  ['hubs/broken-yaml.md', '(front matter)', /not valid YAML on line \d+/],
  ['hubs/Bad Name.md', '(file name)', /lower-case letters, numbers and single hyphens/],
  ['services/unknown-guide.md', 'relatedGuide', /"no-such-guide" is not a guide: use the name of a file in guides\//],
  ['support-levels/universal.md', 'services[2]', /"no-such-service" is not a service/],
  ['support-levels/universal.md', 'services[3]', /"family-hubs" has level "family-hubs" in .*services\/family-hubs.md, not "universal"/],
  ['guides/missing-section.md', '(body)', /needs exactly the sections .*"## Who to contact".*in that order/],
  ['guides/review-before-reviewed.md', 'reviewDue', /must be after lastReviewed \(2026-11-20\)/],
  ['needs/broken-references.md', 'services[1]', /"no-such-service" is not a service: use the name of a file in services\/ without \.md \(.*family-hubs/],
  ['needs/broken-references.md', 'guides[0]', /"no-such-guide" is not a guide: use the name of a file in guides\/ without \.md/],
  ['needs/bad-team-role.md', 'teamRoles[0]', /"send-officer", which is not allowed: use one of early-help-practitioner, .*send-coordinator/],
  ['needs/no-contacts.md', 'contacts', /is missing: add it/],
  ['needs/same-order.md', 'order', /2 is already used by .*needs\/.*: give each need its own number/],
  ['site.yaml', 'contacts', /no contact with key "young-carers"/],
  ['notes.txt', '(file)', /is not where content lives/],
]

describe('broken content fails with file: field: message', () => {
  it.each(CASES)('%s -> %s', (fixture, field, says) => {
    const problems = checkContent(contentWith(fixture))
    const forFile = problems.filter((problem) => problem.file.endsWith(fixture))
    const match = forFile.find((problem) => problem.field === field)
    expect(match, `problems were:\n${problems.map(formatProblem).join('\n')}`).toBeDefined()
    expect(match?.message).toMatch(says)
  })

  it('reports nothing for the other, valid files', () => {
    const problems = checkContent(contentWith('hubs/bad-phone.md'))
    expect(problems.map((problem) => problem.file.split('/').slice(-2).join('/'))).toEqual(['hubs/bad-phone.md'])
  })

  it('a missing required page is named with the route that needs it', () => {
    const dir = contentWith('hubs/bad-phone.md')
    fs.rmSync(path.join(dir, 'pages/privacy.md'))
    const problem = checkContent(dir).find((candidate) => candidate.file.endsWith('pages/privacy.md'))
    expect(problem?.message).toMatch(/the \/privacy page shows it/)
  })
})

describe('npm run content:check', () => {
  const run = (contentDir: string) => {
    try {
      const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts'], {
        cwd: ROOT,
        env: { ...process.env, CONTENT_DIR: contentDir },
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

  it('exits 1 and prints one line per problem, naming file, field and fix', () => {
    const result = run(contentWith('hubs/bad-postcode.md'))
    expect(result.code).toBe(1)
    expect(result.output).toMatch(/hubs\/bad-postcode\.md: postcode: is not a full UK postcode/)
  })

  it('exits 0 for the real content', () => {
    expect(run('content')).toMatchObject({ code: 0 })
  })
})
