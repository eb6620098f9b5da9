import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Root } from 'mdast'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { measureReadability } from '@/lib/content/checks/readability'
import { catalogueText, interfaceFiles, interfaceTextOf } from '../support/interface-text'

// Issue 29: the words the code writes (finder labels, error summaries, the no-results help, the
// list, "Exit this page", the nearest-hub and feedback forms) meet the same reading age as the
// pages for families: site.yaml's readingAge.families, 9 in Leeds and in the starter. They are
// measured as one text, each piece as a list item, so a short label ("Show the list") is a label
// and not a sentence, as on content pages; what code fills in (a name, a number) is left out.

const ROOT = path.resolve(import.meta.dirname, '../..')

function measured(pieces: string[]) {
  const tree: Root = {
    type: 'root',
    children: [{ type: 'list', children: pieces.map((value) => ({ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] })) }],
  }
  return measureReadability(tree)
}

function familiesTarget(contentDir: string): number {
  const site: unknown = parse(fs.readFileSync(path.join(ROOT, contentDir, 'site.yaml'), 'utf8'))
  const target = typeof site === 'object' && site && 'readingAge' in site && typeof site.readingAge === 'object' && site.readingAge && 'families' in site.readingAge ? site.readingAge.families : undefined
  if (typeof target !== 'number') throw new Error(`${contentDir}/site.yaml has no readingAge.families`)
  return target
}

describe('the interface text the code writes', () => {
  const files = interfaceFiles(ROOT)
  // The words in the source, and those the source takes from the message catalogue.
  const pieces = [...files.flatMap((file) => interfaceTextOf(path.join(ROOT, file))), ...catalogueText(ROOT)]

  it('is found where families meet it: the finder, errors, no results, the list and exit this page', () => {
    const text = pieces.join('\n')
    expect(text).toMatch(/Families can ask for help themselves/) // the finder
    expect(text).toMatch(/Try fewer words, or other words for the same thing/) // no results
    expect(text).toMatch(/Tick what you want on the list/) // the list
    expect(text).toMatch(/what the exit button can and cannot hide/) // exit this page
    expect(text).toMatch(/Finding your location took too long/) // an error
    expect(pieces.length).toBeGreaterThan(100)
  })

  for (const contentDir of ['content', 'examples/starter']) {
    it(`reads at or below the families' reading age of ${contentDir}/site.yaml`, () => {
      const result = measured(pieces)
      const hardest = result?.hardest.map((sentence) => `${sentence.readingAge}: ${sentence.text}`).join('\n')
      expect(result?.readingAge, `reading age ${result?.readingAge}; shorten first:\n${hardest}`).toBeLessThanOrEqual(familiesTarget(contentDir))
    })
  }

  it('would catch interface text in officialese', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interface-text-'))
    try {
      const file = path.join(dir, 'notice.tsx')
      fs.writeFileSync(file, `export const Notice = () => <p>Notwithstanding organisational considerations, multidisciplinary practitioners facilitate comprehensive interventions.</p>\n`)
      expect(measured(interfaceTextOf(file))?.readingAge).toBeGreaterThan(9)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
