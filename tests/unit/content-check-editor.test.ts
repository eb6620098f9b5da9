import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { formatProblem, runContentCheck, type ContentProblem } from '@/lib/content/check'

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
