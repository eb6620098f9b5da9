import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CREATABLE_KINDS, documentTemplate, kindName, renderContentGuide } from '@/lib/content/authoring'
import { REQUIRED_PAGES, runContentCheck, formatProblem } from '@/lib/content/check'
import { fixedRoutes, reservedPageNames } from '@/lib/content/checks/routes'
import { RULES_ACROSS_FILES } from '@/lib/content/checks/rules'
import { WARNINGS } from '@/lib/content/checks/severity'
import { BUILT_IN_ADDRESSES } from '@/lib/content/site-addresses'
import { metaOf } from '@/lib/content/field-meta'

const ROOT = path.resolve(import.meta.dirname, '../..')

describe('docs/content-guide.md', () => {
  it('is the guide `npm run content:docs` writes from the schema today (run it after changing a field)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'docs/content-guide.md'), 'utf8')).toBe(renderContentGuide())
  })

  it('has a table row for every field of every kind, with whether it is required', () => {
    const guide = renderContentGuide()
    expect(guide).toMatch(/\| `postcode` \| yes \| full UK postcode, capitals and one space \| `SW1A 1AA` \|/)
    expect(guide).toMatch(/\| `sendAgeTo` \| no \|/)
    expect(guide).toMatch(/\| `openingTimes\[\]\.opens` \| yes \| time, HH:MM/)
    for (const kind of CREATABLE_KINDS) expect(guide).toContain(`npm run new -- ${kindName(kind)} "Its name"`)
  })

  it('calls warnings only what the check reports as warnings, and a repeated title an error, as the check does', () => {
    const guide = renderContentGuide()
    const warnings = guide.slice(guide.indexOf('- Only these are warnings'), guide.indexOf('- Everything else the check finds is an error'))
    for (const rule of Object.values(WARNINGS)) expect(warnings).toContain(rule.what)
    expect(warnings).not.toMatch(/title/)
    expect(guide).toMatch(/Everything else the check finds is an error and stops the build, such as two pages with the same title/)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-title-'))
    try {
      fs.cpSync(path.join(ROOT, 'content'), dir, { recursive: true })
      const file = path.join(dir, 'pages/privacy.md')
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Accessibility statement'))
      const repeated = runContentCheck(dir, { today: '2026-11-23' }).problems.filter((problem) => /is also the title of/.test(problem.message))
      expect(repeated.map((problem) => problem.severity)).toEqual(['error'])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('lists every page the check requires, with where the site shows it', () => {
    const guide = renderContentGuide()
    for (const slug of REQUIRED_PAGES) expect(guide).toMatch(new RegExp(`\\| \`pages/${slug}\\.md\` \\| the /${slug} page`))
  })
})

/** An editor filling in the template: every empty field gets the example the guide shows. */
function fillIn(template: string, fields: Record<string, unknown>): string {
  return template.replace(/^([A-Za-z]+):$/gm, (_line, field: string) => `${field}: ${JSON.stringify(fields[field])}`)
}

// Changes a real editor would make so the new file does not clash with the real content.
const ADJUST: Record<string, (dir: string, text: string) => string> = {
  need: (_dir, text) => text.replace(/^order: .*$/m, 'order: 99'),
  'support-level': (dir, text) => {
    fs.rmSync(path.join(dir, 'support-levels/universal.md'))
    return text
  },
  contact: (_dir, text) => text.replace('# phone:', 'phone: "0113 378 9700"'),
}

describe('npm run new', () => {
  it.each(CREATABLE_KINDS.map((kind) => [kindName(kind)]))('%s: writes a correctly named file that passes the check once filled in', (name) => {
    const kind = CREATABLE_KINDS.find((candidate) => kindName(candidate) === name)
    if (!kind) throw new Error(name)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-new-'))
    try {
      fs.cpSync(path.join(ROOT, 'content'), dir, { recursive: true })
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/new-content.ts', name, 'Brand New Thing'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir }, stdio: 'pipe' })
      const file = path.join(dir, kind.folder, `brand-new-thing.${kind.contentType === 'data' ? 'yaml' : 'md'}`)
      const written = fs.readFileSync(file, 'utf8')
      expect(written).toBe(documentTemplate(kind, 'Brand New Thing'))

      const before = runContentCheck(dir, { today: '2026-11-23' }).errors.filter((problem) => problem.file.endsWith(path.basename(file)))
      expect(before.length, 'an unfilled template must not pass').toBeGreaterThan(0)
      // Each field left empty says what to write, with the example the schema declares.
      for (const problem of before.filter(({ message }) => /empty/.test(message))) expect(formatProblem(problem)).toMatch(/: is empty: write it like \S|: is empty, which is not allowed: use one of /)
      if (name === 'service') expect(before.map(formatProblem).join('\n')).toMatch(/:\d+: lastReviewed: is empty: write it like 2026-11-20 \(date, YYYY-MM-DD\)/)

      const examples = Object.fromEntries(Object.entries(kind.schema.shape).map(([field, schema]) => [field, metaOf(schema)?.example]))
      fs.writeFileSync(file, (ADJUST[name] ?? ((_dir: string, text: string) => text))(dir, fillIn(written, examples)))
      const errors = runContentCheck(dir, { today: '2026-11-23' }).errors.map(formatProblem)
      expect(errors).toEqual([])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('page: says the new page\'s address, and names the page the site has when the name looks like one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-new-'))
    try {
      const run = (name: string) => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/new-content.ts', 'page', name], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir }, stdio: 'pipe', encoding: 'utf8' })
      const said = run('Accessibility statement')
      expect(said).toMatch(/The page will be at \/accessibility-statement\. No menu or footer links to it/)
      expect(said).toMatch(/Did you mean pages\/accessibility\.md\? It is the \/accessibility page, the accessibility statement/)
      expect(run('Fostering')).not.toMatch(/Did you mean/)
      expect(() => run('Search')).toThrow(/\/search is an address the site already uses for its own page/)
      expect(fs.existsSync(path.join(dir, 'pages/search.md'))).toBe(false)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)

  it('refuses to overwrite a file that exists', () => {
    const run = () => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/new-content.ts', 'hub', 'Armley'], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' })
    expect(run).toThrow(/already exists/)
  })
})

describe('what the guide says the check enforces', () => {
  it('names every rule across files, the team-role rule among them', () => {
    const guide = renderContentGuide()
    for (const rule of RULES_ACROSS_FILES) expect(guide).toContain(`- ${rule}`)
    expect(guide).toMatch(/teamRoles` must each be in the `team` of at least one hub/)
  })

  it('asks for lastReviewed only of the kinds that have it', () => {
    const guide = renderContentGuide()
    for (const kind of CREATABLE_KINDS) {
      const change = guide.match(new RegExp(`\\*\\*Change one:\\*\\* edit the file in \`content/${kind.folder}/\`[^\\n]*`))?.[0] ?? ''
      expect(change.includes('lastReviewed'), kind.folder).toBe('lastReviewed' in kind.schema.shape)
    }
  })

  it('lists the site\'s own addresses: every route in app/ is there, and nothing that is not', () => {
    const appDir = path.join(ROOT, 'app')
    const firstParts = new Set(BUILT_IN_ADDRESSES.map(({ address }) => address.split('/')[1] ?? ''))
    // Each page route and each folder of routes a page could collide with.
    for (const route of fixedRoutes(appDir)) expect(firstParts, `${route} is not in BUILT_IN_ADDRESSES (lib/content/site-addresses.ts)`).toContain(route.split('/')[1] ?? '')
    for (const name of reservedPageNames(appDir)) expect(firstParts, `/${name} is not in BUILT_IN_ADDRESSES (lib/content/site-addresses.ts)`).toContain(name)
    for (const { address } of BUILT_IN_ADDRESSES) {
      const first = address.split('/')[1] ?? ''
      const file = first.replace(/\.(xml|txt)$/, '.ts')
      expect(first === '' || fs.existsSync(path.join(appDir, file)) || fs.existsSync(path.join(appDir, '[lang]', file)), `${address} is not a route in app/`).toBe(true)
    }
    const guide = renderContentGuide()
    for (const { address } of BUILT_IN_ADDRESSES) expect(guide).toContain(`| \`${address}\` |`)
  })
})
