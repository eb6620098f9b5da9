import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { contentFiles, FACT_KINDS, factsOf, namesIn } from '../support/content-facts'

// The plain-English rewrite (issue 29) changed words, not facts. tests/fixtures/content-facts.json
// was taken from every Leeds and starter markdown file before the rewrite: each phone number,
// postcode, email, link, number (ages, thresholds, times), bold term and name of a service, hub,
// level or contact. Each must still be in its file. To add a fact, nothing changes here; to remove
// one on purpose, take it out of the JSON in the same commit, so the loss is seen in review.

const ROOT = path.resolve(import.meta.dirname, '../..')
const factsSchema = z.record(z.string(), z.record(z.enum(FACT_KINDS), z.array(z.string())))
const before = factsSchema.parse(JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/content-facts.json'), 'utf8')))
const names = namesIn(ROOT)

describe('the facts of each content file', () => {
  it('has a record for every markdown file', () => {
    expect(contentFiles(ROOT)).toEqual(Object.keys(before).sort())
  })

  for (const [file, facts] of Object.entries(before)) {
    it(`keeps every fact of ${file}`, () => {
      const now = factsOf(fs.readFileSync(path.join(ROOT, file), 'utf8'), names)
      const lost = Object.fromEntries(FACT_KINDS.map((kind) => [kind, (facts[kind] ?? []).filter((value) => !now[kind].includes(value))]))
      expect(lost).toEqual(Object.fromEntries(FACT_KINDS.map((kind) => [kind, []])))
    })
  }

  it('notices a lost phone number, age or link', () => {
    const text = 'If your child is 5 to 11, call 0113 535 0185. [Family Hubs](/family-hubs)'
    const facts = factsOf(text, ['Family Hubs'])
    expect(facts.phones).toEqual(['0113 535 0185'])
    expect(facts.numbers).toEqual(['11', '5'])
    expect(facts.links).toEqual(['/family-hubs'])
    expect(factsOf('Call the Family Hubs if your child is 5.', ['Family Hubs']).numbers).not.toContain('11')
  })
})
