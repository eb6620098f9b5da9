import { fromMarkdown } from 'mdast-util-from-markdown'
import { describe, expect, it } from 'vitest'
import { MAX_WORD_LETTERS, MAX_WORDS, measureReadability, syllablesOf, type Readability } from '@/lib/content/checks/readability'

const measure = (markdown: string): Readability => {
  const result = measureReadability(fromMarkdown(markdown))
  if (!result) throw new Error('nothing measured')
  return result
}

describe('the reading age formula (Flesch-Kincaid grade + 5)', () => {
  // Published grades: Wikipedia's article on the Flesch-Kincaid tests gives this sentence as grade
  // 11.3 (13 words, 24 syllables), and "The cat sat on the mat." a reading ease of 116, which is
  // grade -1.45. The `syllable` package hears "Aus-tra-li-an" and "rep-ti-li-an" as four
  // syllables where that count heard three (dictionaries differ); in a 13-word sentence each
  // syllable is 0.9 of a grade, so the estimate is within two syllables and two grades.
  it('gives the grade Wikipedia publishes for the platypus sentence, within its syllable counting', () => {
    const result = measure('The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.')
    expect(result.words).toBe(13)
    expect(result.syllables).toBeGreaterThanOrEqual(24)
    expect(result.syllables).toBeLessThanOrEqual(26)
    expect(Math.abs(result.readingAge - 5 - 11.3)).toBeLessThanOrEqual(1.9)
  })

  it('puts a sentence of one-syllable words at the floor of 5 (grade -1.45)', () => {
    expect(measure('The cat sat on the mat.')).toMatchObject({ readingAge: 5, words: 6, sentences: 1 })
  })

  it('ranks plain words below officialese, and a family page near 9 where it should be', () => {
    const plain = measure('Call us if you are worried about your child. We will talk with you. We can help you find the right support.')
    const official = measure('Notwithstanding organisational considerations, multidisciplinary practitioners systematically facilitate comprehensive interventions.')
    expect(plain.readingAge).toBeLessThanOrEqual(9)
    expect(official.readingAge).toBeGreaterThan(20)
  })
})

describe('what the measure counts', () => {
  it('leaves out headings, and list items too short to be sentences', () => {
    const withLabels = measure('## Organisational responsibilities\n\nWe can help.\n\n- Armley\n- Chapeltown\n- money worries\n')
    expect(withLabels).toMatchObject({ sentences: 1, words: 3 })
    const withSentences = measure('We can help.\n\n- You can come to a group with your baby.\n')
    expect(withSentences.sentences).toBe(2)
  })

  it('counts a service name of several capitalised words as one everyday word', () => {
    const named = measure('Call the Family Information Service today.')
    const plain = measure('Call the helpline today.')
    expect(named.words).toBe(4)
    expect(named.readingAge).toBe(plain.readingAge)
    expect(measure('Ask Duty and Advice first.').words).toBe(3)
  })

  it('does not count phone numbers, postcodes, times, emails or web addresses as words', () => {
    const result = measure('Call 0113 535 0185 from 9am, visit LS12 3HN, email family.hubs@leeds.gov.uk or go to www.leeds.gov.uk today.')
    expect(result.words).toBe(8) // Call, from, visit, email, or, go, to, today
  })

  it('names the sentences that push the reading age up, hardest first, with their lines', () => {
    const result = measure('We can help.\n\nYou can call us.\n\nMultidisciplinary practitioners systematically facilitate comprehensive interventions.\n')
    expect(result.hardest[0]).toMatchObject({ line: 5, words: 6 })
    expect(result.hardest[0]?.readingAge).toBeGreaterThan(20)
  })
})

describe('the cost of any input is bounded', () => {
  it('counts a word longer than any English word by its first letters only', () => {
    const long = 'x'.repeat(200_000)
    expect(syllablesOf(long)).toBe(syllablesOf('x'.repeat(MAX_WORD_LETTERS)))
    expect(measure(`${long}.`).words).toBe(1)
    // A reading age stays a number a person understands, however hard the text.
    expect(measure(`${'ae'.repeat(100_000)}.`).readingAge).toBe(25)
  })

  it('measures a very long document by its first words', () => {
    // Built as a tree: parsing 10 MB of markdown is the content check's cost, not this measure's.
    const text = 'The family can come to the hub on Monday. '.repeat(250_000) // 10 MB
    const result = measureReadability({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] })
    expect(result?.words).toBeLessThanOrEqual(MAX_WORDS)
    expect(result?.words).toBeGreaterThan(MAX_WORDS / 2)
  })
})
