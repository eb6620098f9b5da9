import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { formatProblem, runContentCheck, type ContentProblem } from '@/lib/content/check'
import { copyContentImages } from '@/lib/content/images'

// What a new council's editor ran into (issue 26): each mistake gets one message that says the
// fix, and nothing an editor may rightly write (a drama number) is refused.

const ROOT = path.resolve(import.meta.dirname, '../..')
const CONTENT = path.join(ROOT, 'content')
const TODAY = '2026-11-23'

const temporary: string[] = []
afterEach(() => {
  for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** A copy of the real content, changed by `edit` (paths relative to the copy). */
function contentEditedBy(edit: (file: (relative: string) => { read: () => string; write: (text: string) => void }) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-editor-'))
  temporary.push(dir)
  fs.cpSync(CONTENT, dir, { recursive: true })
  edit((relative) => {
    const full = path.join(dir, relative)
    return { read: () => fs.readFileSync(full, 'utf8'), write: (text) => (fs.mkdirSync(path.dirname(full), { recursive: true }), fs.writeFileSync(full, text)) }
  })
  return dir
}

const line = (problem: ContentProblem) => `${problem.severity} ${formatProblem(problem).replace(/^.*?content-editor-[^/]+\//, '')}`
const problemsIn = (dir: string) => runContentCheck(dir, { today: TODAY }).problems.map(line)
const baseline = runContentCheck(CONTENT, { today: TODAY }).problems.map(line).map((text) => text.replace(/^(\S+ )content\//, '$1'))
const newProblems = (dir: string) => problemsIn(dir).filter((text) => !baseline.includes(text))

describe('Ofcom drama numbers', () => {
  it('pass in a phone field and in the text of a page', () => {
    const dir = contentEditedBy((file) => {
      const hub = file('hubs/armley.md')
      hub.write(hub.read().replace(/^phone: .*$/m, 'phone: 07700 900123'))
      const page = file('pages/contact.md')
      page.write(`${page.read()}\nFor a test, call 07700 900456, 0113 496 0999 or 020 7946 0000.\n`)
    })
    expect(newProblems(dir)).toEqual([])
  })

  it('a number just outside a drama range is still refused', () => {
    const dir = contentEditedBy((file) => {
      const page = file('pages/contact.md')
      page.write(`${page.read()}\nCall 07700 901000.\n`)
    })
    expect(newProblems(dir)).toEqual([expect.stringMatching(/pages\/contact\.md:\d+: \(body\): phone number 07700 901000 is not a UK number/)])
  })
})

describe('one mistake, one message', () => {
  /** Every hub file changed by `change`: so that no sound hub is left to hide a wrong one. */
  const everyHub = (change: (text: string) => string) =>
    contentEditedBy((file) => {
      for (const name of fs.readdirSync(path.join(CONTENT, 'hubs'))) {
        const hub = file(`hubs/${name}`)
        hub.write(change(hub.read()))
      }
    })

  it('hubs with a wrong postcode still have their teams: no need says its role is in no hub', () => {
    const added = newProblems(everyHub((text) => text.replace(/^postcode: .*$/m, 'postcode: ls12 1uq')))
    expect(added.length).toBeGreaterThan(0)
    expect(added.filter((text) => !/hubs\/[a-z-]+\.md:\d+: postcode: /.test(text)), added.join('\n')).toEqual([])
  })

  it('a team with one badly written role keeps its other roles: the mistake is named in the hub only', () => {
    const added = newProblems(everyHub((text) => text.replace(/^team:\n/m, 'team:\n  - Social Worker\n')))
    expect(added.length).toBeGreaterThan(0)
    expect(added.filter((text) => !/hubs\/[a-z-]+\.md:\d+: team\[0\]: "Social Worker" is not a role: use one of the keys under roles: in site\.yaml, or add the role there\. The roles are: early-help-practitioner, social-worker, /.test(text)), added.join('\n')).toEqual([])
  })

  it('a guide with a wrong date still has its sections and title checked', () => {
    const dir = contentEditedBy((file) => {
      const guide = file('guides/early-start.md')
      guide.write(guide.read().replace(/^lastReviewed: .*$/m, 'lastReviewed: 20/11/2026').replace(/^## Why it matters$/m, '## Why'))
    })
    const added = newProblems(dir)
    expect(added, added.join('\n')).toEqual([
      expect.stringMatching(/^error guides\/early-start\.md:\d+: lastReviewed: is not a date in the form YYYY-MM-DD/),
      expect.stringMatching(/^error guides\/early-start\.md:\d+: \(body\): needs exactly the sections "## What it is", "## Why it matters"/),
    ])
  })

  it('a file with a mistake in another field still has its review date checked', () => {
    const dir = contentEditedBy((file) => {
      const hub = file('hubs/armley.md')
      hub.write(hub.read().replace(/^lastReviewed: .*$/m, 'lastReviewed: 2024-01-15').replace(/^postcode: .*$/m, 'postcode: ls12 1uq'))
    })
    const added = newProblems(dir)
    expect(added.map((text) => text.replace(/:.*?: (\w+): .*/, ': $1')).sort(), added.join('\n')).toEqual(['error hubs/armley.md: postcode', 'warning hubs/armley.md: lastReviewed'])
  })

  it('a mistake elsewhere in site.yaml does not switch off the reading ages', () => {
    const dir = contentEditedBy((file) => {
      const site = file('site.yaml')
      site.write(site.read().replace(/^exitPageUrl: .*$/m, 'exitPageUrl: www.bbc.co.uk'))
      const page = file('pages/contact.md')
      page.write(`${page.read()}\nNotwithstanding organisational considerations, practitioners should endeavour to communicate comprehensively with multidisciplinary colleagues regarding safeguarding responsibilities and their interdependencies.\n`)
    })
    expect(newProblems(dir).join('\n')).toMatch(/pages\/contact\.md:\d+: \(body\): reading age is about/)
  })
})

describe('pages the site reads', () => {
  it('a page named like an address the site already uses is an error, since it could never be shown', () => {
    const dir = contentEditedBy((file) => file('pages/search.md').write(file('pages/privacy.md').read().replace(/^title: .*$/m, 'title: Searching this site')))
    expect(newProblems(dir)).toEqual([expect.stringMatching(/^error pages\/search\.md:1: \(file name\): becomes \/search, an address the site already uses for its own page, so this page would never be shown: rename the file/)])
  })
})

describe('a key that is not one of the keys there are', () => {
  it('lists the keys there are, for an area (in a hub and a service), a level and a role, however it is written', () => {
    const dir = contentEditedBy((file) => {
      const hub = file('hubs/armley.md')
      hub.write(hub.read().replace(/^area: .*$/m, 'area: South Leeds').replace(/^team:\n/m, 'team:\n  - Police\n'))
      const service = file('services/multi-systemic-therapy.md')
      service.write(service.read().replace(/^level: .*$/m, 'level: north').replace(/^areas:\n/m, 'areas:\n  - north\n'))
    })
    const added = newProblems(dir)
    const areas = 'The areas are: south, east-north-east, west-north-west\\.'
    expect(added, added.join('\n')).toEqual([
      expect.stringMatching(new RegExp(`^error hubs/armley\\.md:\\d+: area: "South Leeds" is not an area: use one of the keys under areas: in site\\.yaml\\. ${areas}$`)),
      expect.stringMatching(/^error hubs\/armley\.md:\d+: team\[0\]: "Police" is not a role: .* The roles are: early-help-practitioner, .*police-officer\.$/),
      expect.stringMatching(/^error services\/multi-systemic-therapy\.md:\d+: level: "north" is not a level of help: use the key of a file in support-levels\/\. The levels are: .*targeted.*\.$/),
      expect.stringMatching(new RegExp(`^error services/multi-systemic-therapy\\.md:\\d+: areas\\[0\\]: "north" is not an area: use citywide for the whole city, or one of the keys under areas: in site\\.yaml\\. ${areas} Did you mean "south"\\?$`)),
    ])
  })
})

describe('a page\'s audience', () => {
  // Plain for a professional, too hard for the families' reading age.
  const technical =
    'We test this website against the accessibility guidelines at level AA. ' +
    'Automated testing runs on every page whenever the website changes. ' +
    'We also check it with a keyboard and with screen readers. ' +
    'Tell us if you find a problem, and we will fix it.\n'
  const accessibilityWith = (audience: string | undefined) =>
    contentEditedBy((file) => {
      const page = file('pages/accessibility.md')
      const [, front = ''] = page.read().split('---\n')
      const fields = front.replace(/^audience: .*\n/m, audience ? `audience: ${audience}\n` : '')
      page.write(`---\n${fields}---\n\n${technical}`)
    })
  const readingAgeProblems = (dir: string) => newProblems(dir).filter((text) => /pages\/accessibility\.md:\d+: \(body\): reading age/.test(text))

  it('professionals: the accessibility statement is held to the professionals\' reading age', () => {
    expect(readingAgeProblems(accessibilityWith('professionals'))).toEqual([])
  })

  it('left out (families) or both: the same text is held to the families\' reading age', () => {
    for (const audience of [undefined, 'both']) {
      expect(readingAgeProblems(accessibilityWith(audience))).toEqual([expect.stringMatching(/above the 9 this site aims for on pages for families/)])
    }
  })
})

describe('images in a content folder outside the project', () => {
  const outside = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'council-elsewhere-'))
    temporary.push(dir)
    fs.cpSync(path.join(ROOT, 'examples/starter'), dir, { recursive: true })
    fs.mkdirSync(path.join(dir, 'images/hubs'), { recursive: true })
    fs.writeFileSync(path.join(dir, 'images/hubs/front-door.png'), 'not really a picture')
    const page = path.join(dir, 'pages/contact.md')
    fs.appendFileSync(page, '\n![The front door of the Family Hub](/images/hubs/front-door.png)\n')
    return dir
  }

  it('an image in the folder\'s own images/ passes the check, and one missing says where to put it', () => {
    const dir = outside()
    const before = runContentCheck(dir, { today: TODAY }).errors.map(formatProblem)
    expect(before).toEqual([])
    fs.appendFileSync(path.join(dir, 'pages/contact.md'), '\n![A map](/images/map.png)\n')
    const after = runContentCheck(dir, { today: TODAY }).errors.map(formatProblem)
    expect(after).toEqual([expect.stringMatching(/pages\/contact\.md:\d+: \(body\): image \/images\/map\.png does not exist: put the file in the content folder's images\/ folder \(images\/map\.png\)/)])
  })

  it('the content build copies them to public/images/, where the site serves them, and drops ones deleted since', () => {
    const dir = outside()
    const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'public-'))
    temporary.push(publicDir)
    fs.mkdirSync(path.join(publicDir, 'images'))
    fs.writeFileSync(path.join(publicDir, 'images/deleted.png'), '')
    expect(copyContentImages(dir, publicDir)).toBe(1)
    expect(fs.readFileSync(path.join(publicDir, 'images/hubs/front-door.png'), 'utf8')).toBe('not really a picture')
    expect(fs.existsSync(path.join(publicDir, 'images/deleted.png'))).toBe(false)
  })
})
