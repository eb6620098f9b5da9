import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { formatProblem, runContentCheck } from '@/lib/content/check'
import { LOGO_MAX_BYTES, readLogo } from '@/lib/content/logo'

// A council other than Leeds builds from its own folder: the fictional starter in examples/starter
// has no hub buildings, three levels of help, a logo and a README, and must pass the check as it is.

const ROOT = path.resolve(import.meta.dirname, '../..')
const STARTER = path.join(ROOT, 'examples/starter')
const TODAY = '2026-11-23'
const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

const temporary: string[] = []
afterEach(() => {
  for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

function starterCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'starter-'))
  temporary.push(dir)
  fs.cpSync(STARTER, dir, { recursive: true })
  return dir
}

const errorsIn = (dir: string) => runContentCheck(dir, { today: TODAY }).errors.map((problem) => formatProblem(problem).replace(`${dir}/`, ''))

function editFile(dir: string, file: string, edit: (text: string) => string): void {
  const full = path.join(dir, file)
  fs.writeFileSync(full, edit(fs.readFileSync(full, 'utf8')))
}

describe('the starter council', () => {
  it('passes the content check: no hubs, its own levels, a logo and a README beside the content', () => {
    expect(errorsIn(STARTER)).toEqual([])
    expect(fs.existsSync(path.join(STARTER, 'hubs'))).toBe(false)
    expect(fs.readdirSync(path.join(STARTER, 'support-levels'))).toHaveLength(3)
  })

  it('names no real place: no Leeds, no Leeds phone code and no real-looking postcode', () => {
    const files = fs.readdirSync(STARTER, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(md|yaml)$/.test(file) && file !== 'README.md')
    for (const file of files) {
      const text = fs.readFileSync(path.join(STARTER, file), 'utf8')
      expect(text, file).not.toMatch(/Leeds|0113|\bLS\d/i)
      for (const postcode of text.match(/\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/g) ?? []) expect(postcode, file).toBe('SW1A 1AA')
    }
  })
})

describe('a council without hub buildings', () => {
  it('gets an error for a link to the hubs page, saying why there is none', () => {
    const dir = starterCopy()
    editFile(dir, 'pages/contact.md', (text) => `${text}\n[Find a Family Hub near you](/family-hubs)\n`)
    const errors = errorsIn(dir)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^pages\/contact\.md:\d+: \(body\): link \/family-hubs goes to the hubs' page, which this site does not have because hubs\/ has no files/)
  })

  it('may name hub roles only once it lists them in site.yaml', () => {
    const dir = starterCopy()
    editFile(dir, 'needs/help-with-parenting.md', (text) => text.replace(/^lastReviewed:/m, 'teamRoles:\n  - social-worker\nlastReviewed:'))
    expect(errorsIn(dir)).toEqual([expect.stringMatching(/^needs\/help-with-parenting\.md:\d+: teamRoles\[0\]: "social-worker" is not a role: .* site\.yaml has no roles:/)])
  })
})

describe('the logo', () => {
  it('is read into a data: address with its own size, for an <img> that costs no request', () => {
    const read = readLogo(STARTER, 'logo.svg')
    expect('image' in read && read.image).toMatchObject({ src: expect.stringMatching(/^data:image\/svg\+xml;base64,/), width: 240, height: 64 })
  })

  it('a missing, oversized or mislabelled file is an error at logo.file with the fix', () => {
    const dir = starterCopy()
    editFile(dir, 'site.yaml', (text) => text.replace('file: logo.svg', 'file: crest.svg'))
    expect(errorsIn(dir)).toEqual([expect.stringMatching(/^site\.yaml:\d+: logo\.file: \(crest\.svg\) is not in the content folder: put the file there, or correct its name$/)])

    fs.writeFileSync(path.join(dir, 'crest.svg'), `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><!--${'x'.repeat(LOGO_MAX_BYTES)}--></svg>`)
    expect(errorsIn(dir)).toEqual([expect.stringMatching(/logo\.file: \(crest\.svg\) is 31 KB: every page carries the logo, so keep it to 30 KB/)])

    fs.writeFileSync(path.join(dir, 'crest.svg'), Buffer.from(ONE_PIXEL_PNG, 'base64'))
    expect(errorsIn(dir)).toEqual([expect.stringMatching(/logo\.file: \(crest\.svg\) (is really a png file: save it as SVG, or give it the right ending|could not be read as an SVG image)/)])
  })

  it('must be an SVG or PNG file, with alt text', () => {
    const dir = starterCopy()
    editFile(dir, 'site.yaml', (text) => text.replace('file: logo.svg', 'file: logo.gif').replace('alt: Example Borough Council', 'alt: ""'))
    const errors = errorsIn(dir)
    expect(errors).toContainEqual(expect.stringMatching(/^site\.yaml:\d+: logo\.file: is not a logo file name: give an \.svg or \.png file/))
    expect(errors).toContainEqual(expect.stringMatching(/^site\.yaml:\d+: logo\.alt: is empty/))
  })
})
